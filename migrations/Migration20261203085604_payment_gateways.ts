import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085604_payment_gateways extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payment_gateway_setting" ("id" serial primary key, "module" varchar(100) not null, "enabled" boolean not null default true, "currencies" text[] not null default '{}', "settings" jsonb not null default '{}', "secret_settings" jsonb not null default '{}', "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "payment_gateway_setting" add constraint "payment_gateway_setting_module_unique" unique ("module");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_gateway_setting" cascade;`);
  }

}
