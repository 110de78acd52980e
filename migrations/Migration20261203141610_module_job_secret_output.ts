import { Migration } from '@mikro-orm/migrations';

export class Migration20261203141610_module_job_secret_output extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "module_job" add column "output_secrets_encrypted" text null, add column "queued_by_login" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop column "output_secrets_encrypted", drop column "queued_by_login";`);
  }

}
