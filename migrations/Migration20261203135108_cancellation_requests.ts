import { Migration } from '@mikro-orm/migrations';

export class Migration20261203135108_cancellation_requests extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "cancellation_type" as enum ('immediate', 'end_of_billing_period');`);
    this.addSql(`create type "cancellation_request_status" as enum ('open', 'completed', 'withdrawn');`);
    this.addSql(`create table "cancellation_request" ("id" serial primary key, "service_id" int not null, "type" "cancellation_type" not null, "reason" text not null, "status" "cancellation_request_status" not null default 'open', "scheduled_by_staff" boolean not null default false, "requested_by_staff_id" int null, "domain_auto_renew_turned_off" boolean not null default false, "requested_on" date not null, "created_at" timestamptz not null default now(), "closed_at" timestamptz null);`);
    this.addSql(`create index "cancellation_request_service_id_index" on "cancellation_request" ("service_id");`);
    this.addSql(`create index "cancellation_request_status_id_index" on "cancellation_request" ("status", "id");`);
    this.addSql(`create unique index "cancellation_request_open_unique" on "cancellation_request" ("service_id") where "status" = 'open';`);

    this.addSql(`alter table "cancellation_request" add constraint "cancellation_request_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "daily_run_step_name" add value if not exists 'cancellations' after 'late_fees';`);

    this.addSql(`alter type "daily_run_step_name" add value if not exists 'fixed_term_terminations' after 'terminations';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cancellation_request" cascade;`);

    this.addSql(`drop type "cancellation_type";`);
    this.addSql(`drop type "cancellation_request_status";`);
  }

}
