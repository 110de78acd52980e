import { Migration } from '@mikro-orm/migrations';

export class Migration20261203044411_module_job_lease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "module_job" add column "lease_owner" varchar(255) null, add column "lease_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop column "lease_owner", drop column "lease_expires_at";`);
  }

}
