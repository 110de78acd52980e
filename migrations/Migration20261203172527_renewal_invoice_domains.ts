import { Migration } from '@mikro-orm/migrations';

export class Migration20261203172527_renewal_invoice_domains extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "renewal_invoice_domain" ("domain_id" int not null, "expiry_date" date not null, "invoice_id" int not null, "years" smallint not null, "run_id" int null, "paid_at" timestamptz null, "renew_queued_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "renewal_invoice_domain_pkey" primary key ("domain_id", "expiry_date"));`);
    this.addSql(`create index "renewal_invoice_domain_invoice_id_index" on "renewal_invoice_domain" ("invoice_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "renewal_invoice_domain" cascade;`);
  }

}
