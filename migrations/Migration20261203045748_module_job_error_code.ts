import { Migration } from '@mikro-orm/migrations';

export class Migration20261203045748_module_job_error_code extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "module_job_error_code" as enum ('module_error', 'unavailable', 'timeout', 'internal');`);
    this.addSql(`alter table "module_job" add column "error_code" "module_job_error_code" null;`);
    // Failures recorded before: queueing failures were ours, the rest came from the modules.
    this.addSql(`update "module_job" set "error_code" = case when "last_error" = 'Could not be queued' then 'internal'::module_job_error_code else 'module_error'::module_job_error_code end where "last_error" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop column "error_code";`);

    this.addSql(`drop type "module_job_error_code";`);
  }

}
