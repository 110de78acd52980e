import { Migration } from '@mikro-orm/migrations';

export class Migration20261123143828_catalog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "pay_type" as enum ('free', 'one_time', 'recurring');`);
    this.addSql(`create type "config_option_type" as enum ('dropdown', 'quantity');`);
    this.addSql(`create type "promotion_type" as enum ('percent', 'fixed');`);
    this.addSql(`create type "promotion_applies_to" as enum ('first_payment', 'recurring');`);
    this.addSql(`create table "addon" ("id" serial primary key, "name" varchar(255) not null, "description" text not null default '', "pay_type" "pay_type" not null default 'free', "client_orderable" boolean not null default true, "hidden" boolean not null default false, "created_at" timestamptz not null default now());`);

    this.addSql(`create table "config_option_group" ("id" serial primary key, "name" varchar(255) not null, "description" text not null default '', "created_at" timestamptz not null default now());`);

    this.addSql(`create table "config_option" ("id" serial primary key, "group_id" int not null, "name" varchar(255) not null, "type" "config_option_type" not null, "min_quantity" int not null default 0, "max_quantity" int null, "sort_order" int not null default 0, constraint config_option_quantity_range check (min_quantity >= 0 and (max_quantity is null or max_quantity >= min_quantity)));`);
    this.addSql(`create index "config_option_group_id_index" on "config_option" ("group_id");`);

    this.addSql(`create table "config_option_choice" ("id" serial primary key, "option_id" int not null, "name" varchar(255) not null, "sort_order" int not null default 0);`);
    this.addSql(`create index "config_option_choice_option_id_index" on "config_option_choice" ("option_id");`);

    this.addSql(`create table "config_unit_price" ("id" serial primary key, "currency_id" int not null, "cycle" "billing_cycle" not null, "amount_minor" bigint not null, "setup_fee_minor" bigint not null default 0, "option_id" int not null, constraint config_unit_price_not_negative check (amount_minor >= 0 and setup_fee_minor >= 0));`);
    this.addSql(`create index "config_unit_price_currency_id_index" on "config_unit_price" ("currency_id");`);
    this.addSql(`alter table "config_unit_price" add constraint "config_unit_price_unique" unique ("option_id", "currency_id", "cycle");`);

    this.addSql(`create table "config_choice_price" ("id" serial primary key, "currency_id" int not null, "cycle" "billing_cycle" not null, "amount_minor" bigint not null, "setup_fee_minor" bigint not null default 0, "choice_id" int not null, constraint config_choice_price_not_negative check (amount_minor >= 0 and setup_fee_minor >= 0));`);
    this.addSql(`create index "config_choice_price_currency_id_index" on "config_choice_price" ("currency_id");`);
    this.addSql(`alter table "config_choice_price" add constraint "config_choice_price_unique" unique ("choice_id", "currency_id", "cycle");`);

    this.addSql(`create table "addon_price" ("id" serial primary key, "currency_id" int not null, "cycle" "billing_cycle" not null, "amount_minor" bigint not null, "setup_fee_minor" bigint not null default 0, "addon_id" int not null, constraint addon_price_not_negative check (amount_minor >= 0 and setup_fee_minor >= 0));`);
    this.addSql(`create index "addon_price_currency_id_index" on "addon_price" ("currency_id");`);
    this.addSql(`alter table "addon_price" add constraint "addon_price_unique" unique ("addon_id", "currency_id", "cycle");`);

    this.addSql(`create table "product_group" ("id" serial primary key, "name" varchar(255) not null, "description" text not null default '', "sort_order" int not null default 0, "hidden" boolean not null default false, "created_at" timestamptz not null default now());`);

    this.addSql(`create table "promotion" ("id" serial primary key, "code" varchar(255) not null, "type" "promotion_type" not null, "value" bigint not null, "currency_id" int null, "applies_to" "promotion_applies_to" not null, "cycles" text[] not null default '{}', "starts_at" timestamptz null, "expires_at" timestamptz null, "max_uses" int null, "uses" int not null default 0, "created_at" timestamptz not null default now(), constraint promotion_uses check (uses >= 0 and (max_uses is null or max_uses > 0)), constraint promotion_fixed_has_currency check ((type = 'fixed') = (currency_id is not null)), constraint promotion_value_positive check (value > 0 and (type <> 'percent' or value <= 10000)));`);
    this.addSql(`alter table "promotion" add constraint "promotion_code_unique" unique ("code");`);

    this.addSql(`create table "promotion_product" ("promotion_id" int not null, "product_id" int not null, constraint "promotion_product_pkey" primary key ("promotion_id", "product_id"));`);

    this.addSql(`create table "product_upgrade" ("product_id" int not null, "target_id" int not null, constraint "product_upgrade_pkey" primary key ("product_id", "target_id"));`);

    this.addSql(`create table "product_price" ("id" serial primary key, "currency_id" int not null, "cycle" "billing_cycle" not null, "amount_minor" bigint not null, "setup_fee_minor" bigint not null default 0, "product_id" int not null, constraint product_price_not_negative check (amount_minor >= 0 and setup_fee_minor >= 0));`);
    this.addSql(`create index "product_price_currency_id_index" on "product_price" ("currency_id");`);
    this.addSql(`alter table "product_price" add constraint "product_price_unique" unique ("product_id", "currency_id", "cycle");`);

    this.addSql(`create table "config_option_group_product" ("group_id" int not null, "product_id" int not null, constraint "config_option_group_product_pkey" primary key ("group_id", "product_id"));`);

    this.addSql(`create table "addon_product" ("addon_id" int not null, "product_id" int not null, constraint "addon_product_pkey" primary key ("addon_id", "product_id"));`);

    this.addSql(`create table "tld_price" ("id" serial primary key, "tld" varchar(255) not null, "currency_id" int not null, "years" smallint not null, "register_minor" bigint not null, "transfer_minor" bigint null, "renew_minor" bigint not null, constraint tld_price_not_negative check (register_minor >= 0 and renew_minor >= 0 and (transfer_minor is null or transfer_minor >= 0)), constraint tld_price_years check (years >= 1 and years <= 10));`);
    this.addSql(`create index "tld_price_tld_index" on "tld_price" ("tld");`);
    this.addSql(`alter table "tld_price" add constraint "tld_price_unique" unique ("tld", "currency_id", "years");`);

    this.addSql(`alter table "config_option" add constraint "config_option_group_id_foreign" foreign key ("group_id") references "config_option_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "config_option_choice" add constraint "config_option_choice_option_id_foreign" foreign key ("option_id") references "config_option" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "config_unit_price" add constraint "config_unit_price_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "config_unit_price" add constraint "config_unit_price_option_id_foreign" foreign key ("option_id") references "config_option" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "config_choice_price" add constraint "config_choice_price_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "config_choice_price" add constraint "config_choice_price_choice_id_foreign" foreign key ("choice_id") references "config_option_choice" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "addon_price" add constraint "addon_price_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "addon_price" add constraint "addon_price_addon_id_foreign" foreign key ("addon_id") references "addon" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "promotion" add constraint "promotion_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "promotion_product" add constraint "promotion_product_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "promotion_product" add constraint "promotion_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_upgrade" add constraint "product_upgrade_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "product_upgrade" add constraint "product_upgrade_target_id_foreign" foreign key ("target_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_price" add constraint "product_price_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "product_price" add constraint "product_price_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "config_option_group_product" add constraint "config_option_group_product_group_id_foreign" foreign key ("group_id") references "config_option_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "config_option_group_product" add constraint "config_option_group_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "addon_product" add constraint "addon_product_addon_id_foreign" foreign key ("addon_id") references "addon" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "addon_product" add constraint "addon_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "tld_price" add constraint "tld_price_currency_id_foreign" foreign key ("currency_id") references "currency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "product" add column "description" text not null default '', add column "pay_type" "pay_type" not null default 'free', add column "group_id" int null, add column "welcome_email" text null, add column "stock_control" boolean not null default false, add column "stock" int null, add column "auto_terminate_days" int null, add column "hidden" boolean not null default false, add column "retired" boolean not null default false, add column "sort_order" int not null default 0;`);
    this.addSql(`alter table "product" add constraint "product_group_id_foreign" foreign key ("group_id") references "product_group" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "product_group_id_index" on "product" ("group_id");`);
    this.addSql(`alter table "product" add constraint product_auto_terminate_days_positive check(auto_terminate_days is null or auto_terminate_days > 0);`);
    this.addSql(`alter table "product" add constraint product_stock_not_negative check(stock is null or stock >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "addon_price" drop constraint "addon_price_addon_id_foreign";`);

    this.addSql(`alter table "addon_product" drop constraint "addon_product_addon_id_foreign";`);

    this.addSql(`alter table "config_option" drop constraint "config_option_group_id_foreign";`);

    this.addSql(`alter table "config_option_group_product" drop constraint "config_option_group_product_group_id_foreign";`);

    this.addSql(`alter table "config_option_choice" drop constraint "config_option_choice_option_id_foreign";`);

    this.addSql(`alter table "config_unit_price" drop constraint "config_unit_price_option_id_foreign";`);

    this.addSql(`alter table "config_choice_price" drop constraint "config_choice_price_choice_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_group_id_foreign";`);

    this.addSql(`alter table "promotion_product" drop constraint "promotion_product_promotion_id_foreign";`);

    this.addSql(`drop table if exists "addon" cascade;`);

    this.addSql(`drop table if exists "config_option_group" cascade;`);

    this.addSql(`drop table if exists "config_option" cascade;`);

    this.addSql(`drop table if exists "config_option_choice" cascade;`);

    this.addSql(`drop table if exists "config_unit_price" cascade;`);

    this.addSql(`drop table if exists "config_choice_price" cascade;`);

    this.addSql(`drop table if exists "addon_price" cascade;`);

    this.addSql(`drop table if exists "product_group" cascade;`);

    this.addSql(`drop table if exists "promotion" cascade;`);

    this.addSql(`drop table if exists "promotion_product" cascade;`);

    this.addSql(`drop table if exists "product_upgrade" cascade;`);

    this.addSql(`drop table if exists "product_price" cascade;`);

    this.addSql(`drop table if exists "config_option_group_product" cascade;`);

    this.addSql(`drop table if exists "addon_product" cascade;`);

    this.addSql(`drop table if exists "tld_price" cascade;`);

    this.addSql(`drop index "product_group_id_index";`);
    this.addSql(`alter table "product" drop constraint product_auto_terminate_days_positive;`);
    this.addSql(`alter table "product" drop constraint product_stock_not_negative;`);
    this.addSql(`alter table "product" drop column "description", drop column "pay_type", drop column "group_id", drop column "welcome_email", drop column "stock_control", drop column "stock", drop column "auto_terminate_days", drop column "hidden", drop column "retired", drop column "sort_order";`);

    this.addSql(`drop type "pay_type";`);
    this.addSql(`drop type "config_option_type";`);
    this.addSql(`drop type "promotion_type";`);
    this.addSql(`drop type "promotion_applies_to";`);
  }

}
