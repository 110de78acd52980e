import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170551_renewal_invoice_addons extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "renewal_invoice_addon" ("service_addon_id" int not null, "due_date" date not null, "invoice_id" int not null, "run_id" int null, "advanced_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "renewal_invoice_addon_pkey" primary key ("service_addon_id", "due_date"));`);
    this.addSql(`create index "renewal_invoice_addon_invoice_id_index" on "renewal_invoice_addon" ("invoice_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "renewal_invoice_addon" cascade;`);
  }

}
