import { Migration } from '@mikro-orm/migrations';

export class Migration20261203104409_daily_run extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "daily_run_status" as enum ('running', 'completed', 'interrupted');`);
    this.addSql(`create type "daily_run_trigger" as enum ('schedule', 'manual');`);
    this.addSql(`create type "daily_run_step_name" as enum ('renewal_invoices', 'apply_credit', 'reminders', 'late_fees', 'suspensions', 'terminations', 'client_status');`);
    this.addSql(`create type "daily_run_step_status" as enum ('ok', 'failed', 'running');`);
    this.addSql(`create table "automation_claim" ("kind" varchar(30) not null, "subject_key" int not null, "ref" varchar(40) not null, "run_id" int null, "created_at" timestamptz not null default now(), constraint "automation_claim_pkey" primary key ("kind", "subject_key", "ref"));`);

    this.addSql(`create table "daily_run" ("id" serial primary key, "run_date" date not null, "status" "daily_run_status" not null default 'running', "trigger" "daily_run_trigger" not null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null);`);
    this.addSql(`create index "daily_run_run_date_id_index" on "daily_run" ("run_date", "id");`);

    this.addSql(`create table "daily_run_error" ("id" serial primary key, "run_id" int not null, "step" "daily_run_step_name" not null, "subject_type" varchar(30) not null, "subject_key" int not null, "message" text not null, "at" timestamptz not null default now());`);
    this.addSql(`create index "daily_run_error_run_id_index" on "daily_run_error" ("run_id");`);

    this.addSql(`create table "daily_run_step" ("id" serial primary key, "run_id" int not null, "position" smallint not null, "name" "daily_run_step_name" not null, "status" "daily_run_step_status" not null default 'running', "count" int not null default 0, "error_count" int not null default 0, "error" text null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null);`);
    this.addSql(`create index "daily_run_step_run_id_index" on "daily_run_step" ("run_id");`);

    this.addSql(`create table "renewal_invoice_item" ("service_id" int not null, "due_date" date not null, "invoice_id" int not null, "run_id" int null, "advanced_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "renewal_invoice_item_pkey" primary key ("service_id", "due_date"));`);
    this.addSql(`create index "renewal_invoice_item_invoice_id_index" on "renewal_invoice_item" ("invoice_id");`);

    this.addSql(`create table "suspension_override" ("service_id" int not null, "until" date not null, "updated_at" timestamptz not null default now(), constraint "suspension_override_pkey" primary key ("service_id"));`);

    this.addSql(`alter table "daily_run_error" add constraint "daily_run_error_run_id_foreign" foreign key ("run_id") references "daily_run" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "daily_run_step" add constraint "daily_run_step_run_id_foreign" foreign key ("run_id") references "daily_run" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "daily_run_error" drop constraint "daily_run_error_run_id_foreign";`);

    this.addSql(`alter table "daily_run_step" drop constraint "daily_run_step_run_id_foreign";`);

    this.addSql(`drop table if exists "automation_claim" cascade;`);

    this.addSql(`drop table if exists "daily_run" cascade;`);

    this.addSql(`drop table if exists "daily_run_error" cascade;`);

    this.addSql(`drop table if exists "daily_run_step" cascade;`);

    this.addSql(`drop table if exists "renewal_invoice_item" cascade;`);

    this.addSql(`drop table if exists "suspension_override" cascade;`);

    this.addSql(`drop type "daily_run_status";`);
    this.addSql(`drop type "daily_run_trigger";`);
    this.addSql(`drop type "daily_run_step_name";`);
    this.addSql(`drop type "daily_run_step_status";`);
  }

}
