import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144608_module_jobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "module_job_status" as enum ('queued', 'running', 'retrying', 'failed', 'succeeded', 'cancelled');`);
    this.addSql(`create table "module_log_entry" ("id" serial primary key, "service_id" int not null, "job_id" int null, "module" varchar(255) not null, "command" varchar(255) not null, "attempt" int not null, "success" boolean not null, "request" jsonb not null, "response" jsonb null, "error" text null, "remote_code" varchar(255) null, "duration_ms" int not null, "lines" jsonb not null default '[]', "created_at" timestamptz not null default now());`);
    this.addSql(`create index "module_log_entry_service_id_index" on "module_log_entry" ("service_id");`);
    this.addSql(`create index "module_log_entry_created_at_index" on "module_log_entry" ("created_at");`);

    this.addSql(`create table "module_job" ("id" serial primary key, "service_id" int not null, "command" varchar(255) not null, "input" jsonb not null default '{}', "status" "module_job_status" not null default 'queued', "attempts" int not null default 0, "last_error" text null, "next_run_at" timestamptz null, "queue_job_id" varchar(255) null, "queued_by_staff_id" int null, "queued_by_client_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "finished_at" timestamptz null);`);
    this.addSql(`create index "module_job_service_id_index" on "module_job" ("service_id");`);
    this.addSql(`create index "module_job_status_index" on "module_job" ("status");`);

    this.addSql(`alter table "module_log_entry" add constraint "module_log_entry_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "module_job" add constraint "module_job_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service" add column "last_module_error" text null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "module_log_entry" cascade;`);

    this.addSql(`drop table if exists "module_job" cascade;`);

    this.addSql(`alter table "service" drop column "last_module_error";`);

    this.addSql(`drop type "module_job_status";`);
  }

}
