import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141237_provisioning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "domain_status" as enum ('pending', 'pending_registration', 'pending_transfer', 'active', 'grace_period', 'redemption_period', 'expired', 'transferred_away', 'cancelled', 'fraud');`);
    this.addSql(`create type "fill_strategy" as enum ('least_full', 'fill_until_full');`);
    this.addSql(`create type "product_type" as enum ('hosting', 'reseller', 'server', 'domain', 'other');`);
    this.addSql(`create type "service_status" as enum ('pending', 'active', 'suspended', 'terminated', 'cancelled', 'fraud', 'completed');`);
    this.addSql(`create type "billing_cycle" as enum ('monthly', 'quarterly', 'semi_annually', 'annually', 'biennially', 'triennially', 'one_time', 'free');`);
    this.addSql(`create table "domain" ("id" serial primary key, "name" varchar(255) not null, "client_id" int not null, "registrar" varchar(255) null, "status" "domain_status" not null default 'pending', "registration_date" date null, "expiry_date" date null, "auto_renew" boolean not null default true, "nameservers" text[] not null default '{}', "epp_code_encrypted" text null, "module_data" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "domain_name_index" on "domain" ("name");`);
    this.addSql(`create index "domain_client_id_index" on "domain" ("client_id");`);
    this.addSql(`create index "domain_status_index" on "domain" ("status");`);
    this.addSql(`create index "domain_expiry_date_index" on "domain" ("expiry_date");`);
    this.addSql(`create unique index "domain_name_live_unique" on "domain" ("name") where "status" not in ('cancelled', 'transferred_away');`);

    this.addSql(`create table "server_group" ("id" serial primary key, "name" varchar(255) not null, "fill_strategy" "fill_strategy" not null default 'least_full', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "server_group" add constraint "server_group_name_unique" unique ("name");`);

    this.addSql(`create table "server" ("id" serial primary key, "name" varchar(255) not null, "module" varchar(255) not null, "hostname" varchar(255) not null, "ip" varchar(255) null, "port" int null, "secure" boolean not null default true, "max_accounts" int not null default 200, "enabled" boolean not null default true, "group_id" int null, "settings" jsonb not null default '{}', "secret_settings" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "server" add constraint "server_name_unique" unique ("name");`);
    this.addSql(`create index "server_module_index" on "server" ("module");`);
    this.addSql(`create index "server_group_id_index" on "server" ("group_id");`);

    this.addSql(`create table "product" ("id" serial primary key, "name" varchar(255) not null, "type" "product_type" not null, "module" varchar(255) null, "product_options" jsonb not null default '{}', "server_group_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "product_name_index" on "product" ("name");`);
    this.addSql(`create index "product_server_group_id_index" on "product" ("server_group_id");`);

    this.addSql(`create table "service" ("id" serial primary key, "client_id" int not null, "product_id" int not null, "server_id" int null, "domain" varchar(255) null, "username" varchar(255) null, "password_encrypted" text null, "status" "service_status" not null default 'pending', "billing_cycle" "billing_cycle" not null, "currency" varchar(3) not null, "first_payment_minor" bigint not null default 0, "recurring_minor" bigint not null default 0, "registration_date" date not null, "next_due_date" date null, "suspension_reason" text null, "termination_date" date null, "module_data" jsonb not null default '{}', "admin_notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "service_client_id_index" on "service" ("client_id");`);
    this.addSql(`create index "service_product_id_index" on "service" ("product_id");`);
    this.addSql(`create index "service_server_id_index" on "service" ("server_id");`);
    this.addSql(`create index "service_domain_index" on "service" ("domain");`);
    this.addSql(`create index "service_username_index" on "service" ("username");`);
    this.addSql(`create index "service_status_index" on "service" ("status");`);
    this.addSql(`create index "service_next_due_date_index" on "service" ("next_due_date");`);

    this.addSql(`alter table "domain" add constraint "domain_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade;`);

    this.addSql(`alter table "server" add constraint "server_group_id_foreign" foreign key ("group_id") references "server_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "product" add constraint "product_server_group_id_foreign" foreign key ("server_group_id") references "server_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service" add constraint "service_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade;`);
    this.addSql(`alter table "service" add constraint "service_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);
    this.addSql(`alter table "service" add constraint "service_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {

    this.addSql(`alter table "server" drop constraint "server_group_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_server_group_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_server_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_product_id_foreign";`);

    this.addSql(`drop table if exists "domain" cascade;`);

    this.addSql(`drop table if exists "server_group" cascade;`);

    this.addSql(`drop table if exists "server" cascade;`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop type "domain_status";`);
    this.addSql(`drop type "fill_strategy";`);
    this.addSql(`drop type "product_type";`);
    this.addSql(`drop type "service_status";`);
    this.addSql(`drop type "billing_cycle";`);
  }

}
