import { Migration } from '@mikro-orm/migrations';

export class Migration20261123165515_idempotency_keys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotent_request" ("id" serial primary key, "principal" varchar(100) not null, "key" varchar(255) not null, "fingerprint" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "idempotent_request_created_at_index" on "idempotent_request" ("created_at");`);
    this.addSql(`alter table "idempotent_request" add constraint "idempotent_request_principal_key_unique" unique ("principal", "key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }

}
