import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085712_mail_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mail_message" ("id" serial primary key, "client_id" int not null, "type" varchar(255) not null, "category" text check ("category" in ('general', 'product', 'domain', 'invoice', 'support')) not null, "language" varchar(20) not null, "recipient" varchar(255) not null, "subject" text not null, "body" text not null, "message_id" varchar(255) not null, "status" text check ("status" in ('queued', 'sending', 'sent', 'failed')) not null default 'queued', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null default now(), "lease_owner" varchar(255) null, "lease_expires_at" timestamptz null, "sent_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "mail_message_client_id_index" on "mail_message" ("client_id");`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "mail_message_status_next_attempt_at_index" on "mail_message" ("status", "next_attempt_at");`);

    this.addSql(`alter table "mail_message" add constraint "mail_message_client_id_foreign" foreign key ("client_id") references "client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "client" add column "email_opt_outs" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_message" cascade;`);

    this.addSql(`alter table "client" drop column "email_opt_outs";`);
  }

}
