import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144033_invoices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "invoice_status" as enum ('draft', 'unpaid', 'paid', 'cancelled', 'refunded', 'collections', 'payment_pending');`);
    this.addSql(`create type "invoice_line_type" as enum ('service', 'addon', 'domain', 'other');`);
    this.addSql(`create type "transaction_kind" as enum ('payment', 'refund');`);
    this.addSql(`create table "invoice" ("id" serial primary key, "client_id" int null, "client_name" varchar(255) null, "client_email" varchar(255) null, "number" varchar(80) null, "status" "invoice_status" not null default 'draft', "currency" varchar(3) not null, "payer_id" int null, "addressed_to" jsonb null, "issue_date" date not null, "due_date" date not null, "date_paid" timestamptz null, "notes" text null, "subtotal_minor" bigint not null default 0, "tax1minor" bigint not null default 0, "tax2minor" bigint not null default 0, "total_minor" bigint not null default 0, "credit_applied_minor" bigint not null default 0, "amount_paid_minor" bigint not null default 0, "tax1name" varchar(255) null, "tax1rate" varchar(255) null, "tax2name" varchar(255) null, "tax2rate" varchar(255) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint invoice_balance_not_negative check (credit_applied_minor + amount_paid_minor <= total_minor), constraint invoice_amounts_not_negative check (credit_applied_minor >= 0 and amount_paid_minor >= 0 and total_minor >= 0));`);
    this.addSql(`create index "invoice_client_id_index" on "invoice" ("client_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_status_index" on "invoice" ("status");`);
    this.addSql(`create index "invoice_due_date_index" on "invoice" ("due_date");`);

    this.addSql(`create table "invoice_line" ("id" serial primary key, "invoice_id" int not null, "position" smallint not null, "type" "invoice_line_type" not null default 'other', "service_id" int null, "domain_id" int null, "addon_id" int null, "description" text not null, "taxable" boolean not null default true, "amount_minor" bigint not null, "net_minor" bigint not null default 0, "tax1minor" bigint not null default 0, "tax2minor" bigint not null default 0, "total_minor" bigint not null default 0, "currency" varchar(3) not null);`);
    this.addSql(`create index "invoice_line_invoice_id_index" on "invoice_line" ("invoice_id");`);
    this.addSql(`create index "invoice_line_service_id_index" on "invoice_line" ("service_id");`);
    this.addSql(`create index "invoice_line_domain_id_index" on "invoice_line" ("domain_id");`);

    this.addSql(`create table "payment_transaction" ("id" serial primary key, "client_id" int null, "client_name" varchar(255) null, "client_email" varchar(255) null, "invoice_id" int null, "kind" "transaction_kind" not null, "gateway" varchar(100) not null, "transaction_id" varchar(255) not null, "amount_minor" bigint not null, "credit_minor" bigint not null default 0, "refunded_minor" bigint not null default 0, "to_credit" boolean not null default false, "currency" varchar(3) not null, "refund_of_id" int null, "date" timestamptz not null, "staff_id" int null, "created_at" timestamptz not null default now(), constraint payment_transaction_amounts check (credit_minor >= 0 and refunded_minor >= 0), constraint payment_transaction_sign check ((kind = 'payment' and amount_minor > 0) or (kind = 'refund' and amount_minor < 0)));`);
    this.addSql(`create index "payment_transaction_client_id_index" on "payment_transaction" ("client_id");`);
    this.addSql(`create index "payment_transaction_invoice_id_index" on "payment_transaction" ("invoice_id");`);
    this.addSql(`alter table "payment_transaction" add constraint "payment_transaction_gateway_id_unique" unique ("gateway", "transaction_id");`);

    this.addSql(`alter table "invoice" add constraint "invoice_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice" add constraint "invoice_payer_id_foreign" foreign key ("payer_id") references "client_payer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "payment_transaction" add constraint "payment_transaction_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payment_transaction" add constraint "payment_transaction_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payment_transaction" add constraint "payment_transaction_refund_of_id_foreign" foreign key ("refund_of_id") references "payment_transaction" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "billing_settings" add column "auto_apply_credit" boolean not null default true;`);

    this.addSql(`alter type "credit_entry_kind" add value if not exists 'invoice_applied' after 'merge';`);

    this.addSql(`alter type "credit_entry_kind" add value if not exists 'invoice_removed' after 'invoice_applied';`);

    this.addSql(`alter type "credit_entry_kind" add value if not exists 'overpayment' after 'invoice_removed';`);

    this.addSql(`alter type "credit_entry_kind" add value if not exists 'refund' after 'overpayment';`);

    this.addSql(`alter table "credit_entry" add column "invoice_id" int null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);

    this.addSql(`alter table "payment_transaction" drop constraint "payment_transaction_invoice_id_foreign";`);

    this.addSql(`alter table "payment_transaction" drop constraint "payment_transaction_refund_of_id_foreign";`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_line" cascade;`);

    this.addSql(`drop table if exists "payment_transaction" cascade;`);

    this.addSql(`alter table "billing_settings" drop column "auto_apply_credit";`);

    this.addSql(`alter table "credit_entry" drop column "invoice_id";`);

    this.addSql(`drop type "invoice_status";`);
    this.addSql(`drop type "invoice_line_type";`);
    this.addSql(`drop type "transaction_kind";`);
  }

}
