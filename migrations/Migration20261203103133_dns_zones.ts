import { Migration } from '@mikro-orm/migrations';

export class Migration20261203103133_dns_zones extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "dns_zone_status" as enum ('creating', 'active', 'failed');`);
    this.addSql(`create table "dns_zone" ("id" serial primary key, "domain_id" int not null, "server_id" int not null, "name" varchar(255) not null, "status" "dns_zone_status" not null default 'creating', "last_error" text null, "module_data" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "dns_zone" add constraint "dns_zone_domain_id_unique" unique ("domain_id");`);

    this.addSql(`alter table "dns_zone" add constraint "dns_zone_domain_id_foreign" foreign key ("domain_id") references "domain" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dns_zone" add constraint "dns_zone_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dns_zone" cascade;`);

    this.addSql(`drop type "dns_zone_status";`);
  }

}
