import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141335_clients_credit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "credit_entry_kind" as enum ('opening', 'add', 'remove', 'adjustment', 'merge');`);
    this.addSql(`create type "payer_type" as enum ('individual', 'company');`);

    this.addSql(`create table "client_user" ("id" serial primary key, "client_id" int not null, "contact_id" int null, "email" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "password_hash" varchar(255) not null, "permissions" text[] not null default '{}', "active" boolean not null default true, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "client_user_client_id_index" on "client_user" ("client_id");`);
    this.addSql(`alter table "client_user" add constraint "client_user_contact_id_unique" unique ("contact_id");`);
    this.addSql(`alter table "client_user" add constraint "client_user_email_unique" unique ("email");`);

    this.addSql(`create table "client_payer" ("id" serial primary key, "client_id" int not null, "type" "payer_type" not null, "name" varchar(255) not null, "tax_id" varchar(255) null, "email" varchar(255) null, "address1" varchar(255) null, "address2" varchar(255) null, "city" varchar(255) null, "state" varchar(255) null, "postcode" varchar(255) null, "country" varchar(2) null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "client_payer_client_id_index" on "client_payer" ("client_id");`);

    this.addSql(`alter table "client_user" add constraint "client_user_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "client_user" add constraint "client_user_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "client_payer" add constraint "client_payer_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "credit_entry" drop constraint "credit_entry_client_id_foreign";`);

    this.addSql(`alter table "client" add constraint client_credit_balance_not_negative check(credit_balance_minor >= 0);`);

    this.addSql(`alter table "credit_entry" add column "kind" "credit_entry_kind" not null default 'add', add column "impersonator_staff_id" int null, add column "client_name" varchar(255) null, add column "client_email" varchar(255) null;`);
    this.addSql(`alter table "credit_entry" alter column "client_id" type int using ("client_id"::int);`);
    this.addSql(`alter table "credit_entry" alter column "client_id" drop not null;`);
    this.addSql(`alter table "credit_entry" add constraint "credit_entry_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_entry" add constraint credit_entry_balance_after_not_negative check(balance_after_minor >= 0);`);

    this.addSql(`alter table "contact" add column "email_categories" text[] not null default '{}';`);

    this.addSql(`alter table "auth_session" add column "client_user_id" int null, add column "parent_session_id" int null;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_client_user_id_foreign" foreign key ("client_user_id") references "client_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_parent_session_id_foreign" foreign key ("parent_session_id") references "auth_session" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "auth_session" drop constraint "auth_session_client_user_id_foreign";`);

    this.addSql(`drop table if exists "client_user" cascade;`);

    this.addSql(`drop table if exists "client_payer" cascade;`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_parent_session_id_foreign";`);

    this.addSql(`alter table "credit_entry" drop constraint "credit_entry_client_id_foreign";`);

    this.addSql(`alter table "auth_session" drop column "client_user_id", drop column "parent_session_id";`);

    this.addSql(`alter table "client" drop constraint client_credit_balance_not_negative;`);

    this.addSql(`alter table "contact" drop column "email_categories";`);

    this.addSql(`alter table "credit_entry" drop constraint credit_entry_balance_after_not_negative;`);
    this.addSql(`alter table "credit_entry" drop column "kind", drop column "impersonator_staff_id", drop column "client_name", drop column "client_email";`);

    this.addSql(`alter table "credit_entry" alter column "client_id" type int4 using ("client_id"::int4);`);
    this.addSql(`alter table "credit_entry" alter column "client_id" set not null;`);
    this.addSql(`alter table "credit_entry" add constraint "credit_entry_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop type "credit_entry_kind";`);
    this.addSql(`drop type "payer_type";`);
  }

}
