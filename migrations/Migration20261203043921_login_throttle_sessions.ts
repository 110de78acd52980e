import { Migration } from '@mikro-orm/migrations';

export class Migration20261203043921_login_throttle_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_login_address" ("account" text not null, "address_block" text not null, "last_login_at" timestamptz not null, constraint "known_login_address_pkey" primary key ("account", "address_block"));`);
    this.addSql(`create index "known_login_address_last_login_at_index" on "known_login_address" ("last_login_at");`);

    this.addSql(`create table "login_throttle" ("key" text not null, "attempts" int not null, "window_ends_at" timestamptz not null, "last_attempt_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "login_throttle_window_ends_at_index" on "login_throttle" ("window_ends_at");`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`create index "auth_session_staff_id_index" on "auth_session" ("staff_id");`);
    this.addSql(`create index "auth_session_client_id_index" on "auth_session" ("client_id");`);
    this.addSql(`create index "auth_session_client_user_id_index" on "auth_session" ("client_user_id");`);
    this.addSql(`create index "auth_session_parent_session_id_index" on "auth_session" ("parent_session_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "login_failure" ("id" serial primary key, "email" varchar(255) not null, "ip" varchar(255) not null, "created_at" timestamptz(6) not null default now());`);
    this.addSql(`create index "login_failure_email_created_at_index" on "login_failure" ("email", "created_at");`);
    this.addSql(`create index "login_failure_ip_created_at_index" on "login_failure" ("ip", "created_at");`);

    this.addSql(`drop table if exists "known_login_address" cascade;`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop index "auth_session_staff_id_index";`);
    this.addSql(`drop index "auth_session_client_id_index";`);
    this.addSql(`drop index "auth_session_client_user_id_index";`);
    this.addSql(`drop index "auth_session_parent_session_id_index";`);
  }

}
