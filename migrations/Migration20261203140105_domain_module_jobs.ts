import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140105_domain_module_jobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "domain" add column "last_module_error" text null;`);

    this.addSql(`alter table "module_log_entry" drop constraint module_log_entry_target_check;`);

    this.addSql(`alter table "module_log_entry" add column "domain_id" int null;`);
    this.addSql(`alter table "module_log_entry" add constraint "module_log_entry_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "module_log_entry_domain_id_index" on "module_log_entry" ("domain_id");`);
    this.addSql(`alter table "module_log_entry" add constraint module_log_entry_target_check check(service_id is not null or server_id is not null or domain_id is not null);`);

    this.addSql(`alter table "module_job" add column "domain_id" int null;`);
    this.addSql(`alter table "module_job" alter column "service_id" type int using ("service_id"::int);`);
    this.addSql(`alter table "module_job" alter column "service_id" drop not null;`);
    this.addSql(`alter table "module_job" add constraint "module_job_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "module_job_domain_id_index" on "module_job" ("domain_id");`);
    this.addSql(`alter table "module_job" add constraint module_job_one_target check((service_id is null) <> (domain_id is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_job" drop constraint "module_job_domain_id_foreign";`);

    this.addSql(`alter table "module_log_entry" drop constraint "module_log_entry_domain_id_foreign";`);

    this.addSql(`alter table "domain" drop column "last_module_error";`);

    this.addSql(`drop index "module_job_domain_id_index";`);
    this.addSql(`alter table "module_job" drop constraint module_job_one_target;`);
    this.addSql(`alter table "module_job" drop column "domain_id";`);

    this.addSql(`alter table "module_job" alter column "service_id" type int4 using ("service_id"::int4);`);
    this.addSql(`alter table "module_job" alter column "service_id" set not null;`);

    this.addSql(`drop index "module_log_entry_domain_id_index";`);
    this.addSql(`alter table "module_log_entry" drop constraint module_log_entry_target_check;`);
    this.addSql(`alter table "module_log_entry" drop column "domain_id";`);

    this.addSql(`alter table "module_log_entry" add constraint module_log_entry_target_check check((service_id IS NOT NULL) OR (server_id IS NOT NULL));`);
  }

}
