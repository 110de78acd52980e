import { Migration } from '@mikro-orm/migrations';

export class Migration20261203164754_service_addons extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_addon" ("id" serial primary key, "service_id" int not null, "addon_id" int null, "name" varchar(255) not null, "status" "service_status" not null default 'pending', "billing_cycle" "billing_cycle" not null, "currency" varchar(3) not null, "first_payment_minor" bigint not null default 0, "recurring_minor" bigint not null default 0, "registration_date" date not null, "next_due_date" date null, "termination_date" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "service_addon_service_id_index" on "service_addon" ("service_id");`);
    this.addSql(`create index "service_addon_next_due_date_index" on "service_addon" ("next_due_date");`);

    this.addSql(`alter table "service_addon" add constraint "service_addon_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_addon" add constraint "service_addon_addon_id_foreign" foreign key ("addon_id") references "addon" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_addon" cascade;`);
  }

}
