import { Migration } from '@mikro-orm/migrations';

export class Migration20261203114000_module_job_queued_from_ip extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "module_job" add column "queued_from_ip" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop column "queued_from_ip";`);
  }

}
