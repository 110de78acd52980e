import { Migration } from '@mikro-orm/migrations';

export class Migration20261123165200_module_job_output extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "module_job" add column "output" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop column "output";`);
  }

}
