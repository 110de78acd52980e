import { Migration } from '@mikro-orm/migrations';

export class Migration20261203143007_client_discount extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "client_discount" ("id" serial primary key, "client_id" int not null, "product_id" int null, "cycle" "billing_cycle" null, "type" "promotion_type" not null, "value" bigint not null, "currency" varchar(3) not null, "starts_on" date not null, "ends_on" date null, "created_at" timestamptz not null default now(), constraint client_discount_dates check (ends_on is null or ends_on >= starts_on), constraint client_discount_value check (value > 0 and (type <> 'percent' or value <= 10000)));`);
    this.addSql(`create index "client_discount_client_id_index" on "client_discount" ("client_id");`);

    this.addSql(`alter table "client_discount" add constraint "client_discount_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_discount" add constraint "client_discount_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_discount" cascade;`);
  }

}
