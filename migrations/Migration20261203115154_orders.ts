import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115154_orders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "order_status" as enum ('pending', 'active', 'fraud', 'cancelled');`);
    this.addSql(`create type "order_item_kind" as enum ('product', 'addon', 'domain_registration', 'domain_transfer');`);
    this.addSql(`create type "order_item_status" as enum ('pending', 'accepted', 'cancelled');`);
    this.addSql(`create table "client_order" ("id" serial primary key, "client_id" int not null, "status" "order_status" not null default 'pending', "currency" varchar(3) not null, "promotion_id" int null, "promotion_code" varchar(255) null, "subtotal_minor" bigint not null, "discount_minor" bigint not null, "tax_minor" bigint not null, "total_minor" bigint not null, "no_invoice" boolean not null default false, "no_email" boolean not null default false, "staff_id" int null, "ip_address" varchar(45) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint client_order_amounts check (total_minor >= 0 and discount_minor >= 0));`);
    this.addSql(`create index "client_order_client_id_index" on "client_order" ("client_id");`);
    this.addSql(`create index "client_order_status_index" on "client_order" ("status");`);
    this.addSql(`create index "client_order_created_at_id_index" on "client_order" ("created_at", "id");`);

    this.addSql(`create table "order_item" ("id" serial primary key, "order_id" int not null, "position" smallint not null, "kind" "order_item_kind" not null, "status" "order_item_status" not null default 'pending', "description" text not null, "product_id" int null, "addon_id" int null, "parent_item_id" int null, "cycle" "billing_cycle" not null, "domain" varchar(255) null, "config_options" jsonb not null default '[]', "years" smallint null, "nameservers" text[] not null default '{}', "epp_code_encrypted" text null, "first_payment_minor" bigint not null, "recurring_minor" bigint not null, "currency" varchar(3) not null, "price_overridden" boolean not null default false, "stock_counted" boolean not null default false, "server_id" int null, "service_id" int null, "send_welcome_email" boolean not null default true, "last_error" text null, "invoice_id" int null, constraint order_item_amounts check (first_payment_minor >= 0 and recurring_minor >= 0));`);
    this.addSql(`create index "order_item_order_id_index" on "order_item" ("order_id");`);
    this.addSql(`create index "order_item_product_id_index" on "order_item" ("product_id");`);
    this.addSql(`create index "order_item_service_id_index" on "order_item" ("service_id");`);
    this.addSql(`create index "order_item_invoice_id_index" on "order_item" ("invoice_id");`);

    this.addSql(`alter table "client_order" add constraint "client_order_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_order" add constraint "client_order_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_item" add constraint "order_item_order_id_foreign" foreign key ("order_id") references "client_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_item" add constraint "order_item_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_item" add constraint "order_item_addon_id_foreign" foreign key ("addon_id") references "addon" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_item" add constraint "order_item_parent_item_id_foreign" foreign key ("parent_item_id") references "order_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_item" add constraint "order_item_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_item" add constraint "order_item_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_item" add constraint "order_item_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "promotion" add column "max_uses_per_client" int null;`);
    this.addSql(`alter table "promotion" add constraint promotion_max_uses_per_client check(max_uses_per_client is null or max_uses_per_client > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "order_item" drop constraint "order_item_order_id_foreign";`);

    this.addSql(`alter table "order_item" drop constraint "order_item_parent_item_id_foreign";`);

    this.addSql(`drop table if exists "client_order" cascade;`);

    this.addSql(`drop table if exists "order_item" cascade;`);

    this.addSql(`alter table "promotion" drop constraint promotion_max_uses_per_client;`);
    this.addSql(`alter table "promotion" drop column "max_uses_per_client";`);

    this.addSql(`drop type "order_status";`);
    this.addSql(`drop type "order_item_kind";`);
    this.addSql(`drop type "order_item_status";`);
  }

}
