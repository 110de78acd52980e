import { Migration } from '@mikro-orm/migrations';

/** ISO 4217 minor units of "code" (2 unless listed). */
const ISO_DECIMALS = `case when "code" in ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF','UGX','VND','VUV','XAF','XOF','XPF') then 0
  when "code" in ('BHD','IQD','JOD','KWD','LYD','OMR','TND') then 3 else 2 end`;

export class Migration20261123155123_invoice_issuer_currencies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "billing_settings" add column "issuer_name" varchar(200) not null default '', add column "issuer_address" text not null default '', add column "issuer_email" varchar(254) not null default '', add column "issuer_tax_id" varchar(50) not null default '', add column "invoice_footer" text not null default '';`);

    // Issue 4.1: the currency table becomes the only source of the default currency and of
    // every client's and project's currency: the old setting becomes the default when there
    // is none, and codes in use get a row (rate 1, to be set by the operator).
    this.addSql(`insert into "currency" ("code", "decimals", "exchange_rate", "is_default")
      select "code", ${ISO_DECIMALS}, 1, true from (select coalesce((select "default_currency" from "operator_settings" where "id" = 1), 'USD') as "code") as "setting"
      where not exists (select 1 from "currency" where "is_default");`);
    this.addSql(`insert into "currency" ("code", "decimals", "exchange_rate", "is_default")
      select distinct "code", ${ISO_DECIMALS}, 1, false
      from (select "currency" as "code" from "client" union select "default_currency" from "project" where "default_currency" is not null) as "used"
      where "code" not in (select "code" from "currency");`);
    this.addSql(`alter table "operator_settings" drop column "default_currency";`);

    this.addSql(`alter table "invoice" add column "amount_refunded_minor" bigint not null default 0;`);
    this.addSql(`update "invoice" set "amount_refunded_minor" = "refunds"."total"
      from (select "invoice_id", -sum("amount_minor") as "total" from "payment_transaction" where "kind" = 'refund' group by "invoice_id") as "refunds"
      where "refunds"."invoice_id" = "invoice"."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "billing_settings" drop column "issuer_name", drop column "issuer_address", drop column "issuer_email", drop column "issuer_tax_id", drop column "invoice_footer";`);

    this.addSql(`alter table "invoice" drop column "amount_refunded_minor";`);

    this.addSql(`alter table "operator_settings" add column "default_currency" varchar(3) not null default 'USD';`);
  }

}
