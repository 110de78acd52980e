import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090722_client_message extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "client_message" ("id" serial primary key, "client_id" int null, "language" varchar(20) null, "category" text check ("category" in ('general', 'product', 'domain', 'invoice', 'support')) not null, "subject" text not null, "message" text not null, "email_count" int not null, "staff_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "client_message_client_id_index" on "client_message" ("client_id");`);

    this.addSql(`alter table "client_message" add constraint "client_message_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_message" cascade;`);
  }

}
