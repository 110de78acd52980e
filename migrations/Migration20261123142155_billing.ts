import { Migration } from '@mikro-orm/migrations';

export class Migration20261123142155_billing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "tax_mode" as enum ('exclusive', 'inclusive');`);
    this.addSql(`create type "tax_rounding" as enum ('per_line', 'per_invoice');`);
    this.addSql(`create type "invoice_number_reset" as enum ('never', 'yearly');`);
    this.addSql(`create table "billing_settings" ("id" int not null default 1, "tax_mode" "tax_mode" not null default 'exclusive', "tax_rounding" "tax_rounding" not null default 'per_line', "invoice_number_format" varchar(60) not null default '{NUMBER}', "invoice_number_reset" "invoice_number_reset" not null default 'never', "updated_at" timestamptz not null default now(), constraint "billing_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "currency" ("id" serial primary key, "code" varchar(3) not null, "prefix" varchar(10) not null default '', "suffix" varchar(10) not null default '', "decimals" smallint not null, "exchange_rate" numeric(18,8) not null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), constraint currency_exchange_rate_positive check (exchange_rate > 0), constraint currency_decimals_range check (decimals >= 0 and decimals <= 4));`);
    this.addSql(`alter table "currency" add constraint "currency_code_unique" unique ("code");`);
    this.addSql(`create unique index "currency_single_default" on "currency" ("is_default") where "is_default";`);

    this.addSql(`create table "invoice_number_sequence" ("period" varchar(10) not null, "last_number" int not null default 0, constraint "invoice_number_sequence_pkey" primary key ("period"), constraint invoice_number_sequence_last_not_negative check (last_number >= 0));`);

    this.addSql(`create table "tax_rule" ("id" serial primary key, "name" varchar(100) not null, "level" smallint not null, "country" varchar(2) null, "state" varchar(100) null, "rate" numeric(7,4) not null, "compound" boolean not null default false, "created_at" timestamptz not null default now(), constraint tax_rule_rate_range check (rate >= 0 and rate <= 100), constraint tax_rule_state_needs_country check (state is null or country is not null), constraint tax_rule_compound_level_2 check (not compound or level = 2), constraint tax_rule_level_range check (level = 1 or level = 2));`);
    this.addSql(`create unique index "tax_rule_scope_unique" on "tax_rule" ("level", coalesce("country", ''), upper(coalesce("state", '')));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "billing_settings" cascade;`);

    this.addSql(`drop table if exists "currency" cascade;`);

    this.addSql(`drop table if exists "invoice_number_sequence" cascade;`);

    this.addSql(`drop table if exists "tax_rule" cascade;`);

    this.addSql(`drop type "tax_mode";`);
    this.addSql(`drop type "tax_rounding";`);
    this.addSql(`drop type "invoice_number_reset";`);
  }

}
