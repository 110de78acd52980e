import { Migration } from '@mikro-orm/migrations';

export class Migration20261123132110_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "actor_type" as enum ('staff', 'client', 'system');`);
    this.addSql(`create type "client_type" as enum ('individual', 'company');`);
    this.addSql(`create type "client_status" as enum ('active', 'inactive', 'closed');`);
    this.addSql(`create type "staff_role" as enum ('admin', 'support');`);
    this.addSql(`create table "activity_log_entry" ("id" serial primary key, "created_at" timestamptz not null default now(), "actor_type" "actor_type" not null, "actor_id" int null, "impersonator_staff_id" int null, "action" varchar(255) not null, "target_type" varchar(255) not null, "target_id" varchar(255) null, "client_id" int null, "ip" varchar(255) null, "details" jsonb null);`);
    this.addSql(`create index "activity_log_entry_created_at_index" on "activity_log_entry" ("created_at");`);
    this.addSql(`create index "activity_log_entry_client_id_created_at_index" on "activity_log_entry" ("client_id", "created_at");`);

    this.addSql(`create table "client_group" ("id" serial primary key, "name" varchar(255) not null, "colour" varchar(7) not null default '#808080', "discount_percent" numeric(5,2) not null default '0', "separate_invoices" boolean not null default false, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "client_group" add constraint "client_group_name_unique" unique ("name");`);

    this.addSql(`create table "login_failure" ("id" serial primary key, "email" varchar(255) not null, "ip" varchar(255) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "login_failure_ip_created_at_index" on "login_failure" ("ip", "created_at");`);
    this.addSql(`create index "login_failure_email_created_at_index" on "login_failure" ("email", "created_at");`);

    this.addSql(`create table "operator_settings" ("id" int not null default 1, "required_client_fields" jsonb not null default '[]', "default_currency" varchar(3) not null default 'USD', "updated_at" timestamptz not null default now(), constraint "operator_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "project" ("id" serial primary key, "name" varchar(255) not null, "brand_name" varchar(255) null, "default_currency" varchar(3) null, "support_email" varchar(255) null, "logo_url" varchar(255) null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "project" add constraint "project_name_unique" unique ("name");`);

    this.addSql(`create table "client" ("id" serial primary key, "type" "client_type" not null default 'individual', "first_name" varchar(255) not null, "last_name" varchar(255) not null, "company_name" varchar(255) null, "contact_person" varchar(255) null, "email" varchar(255) not null, "password_hash" varchar(255) null, "security_question" varchar(255) null, "security_answer_hash" varchar(255) null, "address1" varchar(255) null, "address2" varchar(255) null, "city" varchar(255) null, "state" varchar(255) null, "postcode" varchar(255) null, "country" varchar(2) null, "phone_number" varchar(255) null, "late_fee_exempt" boolean not null default false, "overdue_notices_disabled" boolean not null default false, "tax_exempt" boolean not null default false, "separate_invoices" boolean not null default false, "card_processing_disabled" boolean not null default false, "marketing_emails_opt_out" boolean not null default false, "status_auto_update_disabled" boolean not null default false, "single_sign_on_allowed" boolean not null default false, "default_payment_method" varchar(255) null, "billing_contact_id" int null, "language" varchar(20) not null default 'en', "status" "client_status" not null default 'active', "currency" varchar(3) not null, "group_id" int null, "project_id" int null, "credit_balance_minor" bigint not null default 0, "admin_notes" text null, "created_at" timestamptz not null default now(), "registration_ip" varchar(255) null, "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "client_company_name_index" on "client" ("company_name");`);
    this.addSql(`alter table "client" add constraint "client_email_unique" unique ("email");`);
    this.addSql(`create index "client_status_index" on "client" ("status");`);
    this.addSql(`create index "client_group_id_index" on "client" ("group_id");`);
    this.addSql(`create index "client_project_id_index" on "client" ("project_id");`);
    this.addSql(`create index "client_last_name_first_name_index" on "client" ("last_name", "first_name");`);

    this.addSql(`create table "credit_entry" ("id" serial primary key, "client_id" int not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "balance_after_minor" bigint not null, "description" varchar(255) not null, "staff_id" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "credit_entry_client_id_index" on "credit_entry" ("client_id");`);

    this.addSql(`create table "contact" ("id" serial primary key, "client_id" int not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "email" varchar(255) not null, "company_name" varchar(255) null, "phone_number" varchar(255) null, "address1" varchar(255) null, "address2" varchar(255) null, "city" varchar(255) null, "state" varchar(255) null, "postcode" varchar(255) null, "country" varchar(2) null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "contact_client_id_index" on "contact" ("client_id");`);

    this.addSql(`create table "staff_user" ("id" serial primary key, "email" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "password_hash" varchar(255) not null, "role" "staff_role" not null, "active" boolean not null default true, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);

    this.addSql(`create table "auth_session" ("id" serial primary key, "token_hash" varchar(255) not null, "staff_id" int null, "client_id" int null, "impersonator_id" int null, "ip" varchar(255) null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "client" add constraint "client_billing_contact_id_foreign" foreign key ("billing_contact_id") references "contact" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "client" add constraint "client_group_id_foreign" foreign key ("group_id") references "client_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "client" add constraint "client_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "credit_entry" add constraint "credit_entry_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact" add constraint "contact_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_impersonator_id_foreign" foreign key ("impersonator_id") references "staff_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "client" drop constraint "client_group_id_foreign";`);

    this.addSql(`alter table "client" drop constraint "client_project_id_foreign";`);

    this.addSql(`alter table "credit_entry" drop constraint "credit_entry_client_id_foreign";`);

    this.addSql(`alter table "contact" drop constraint "contact_client_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_client_id_foreign";`);

    this.addSql(`alter table "client" drop constraint "client_billing_contact_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_staff_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_impersonator_id_foreign";`);

    this.addSql(`drop table if exists "activity_log_entry" cascade;`);

    this.addSql(`drop table if exists "client_group" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "operator_settings" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "client" cascade;`);

    this.addSql(`drop table if exists "credit_entry" cascade;`);

    this.addSql(`drop table if exists "contact" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop type "actor_type";`);
    this.addSql(`drop type "client_type";`);
    this.addSql(`drop type "client_status";`);
    this.addSql(`drop type "staff_role";`);
  }

}
