import { Migration } from '@mikro-orm/migrations';

export class Migration20261203143556_tld_rules extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "tld_rule" ("tld" varchar(255) not null, "registrar" varchar(255) null, "epp_code_required" boolean not null default true, "required_contact_fields" text[] not null default '{}', "updated_at" timestamptz not null default now(), constraint "tld_rule_pkey" primary key ("tld"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tld_rule" cascade;`);
  }

}
