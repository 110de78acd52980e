import { Migration } from '@mikro-orm/migrations';

export class Migration20261203053132_module_log_server extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "module_log_entry" add column "server_id" int null;`);
    this.addSql(`alter table "module_log_entry" alter column "service_id" type int using ("service_id"::int);`);
    this.addSql(`alter table "module_log_entry" alter column "service_id" drop not null;`);
    this.addSql(`alter table "module_log_entry" add constraint "module_log_entry_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "module_log_entry_server_id_index" on "module_log_entry" ("server_id");`);
    this.addSql(`alter table "module_log_entry" add constraint module_log_entry_target_check check(service_id is not null or server_id is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "module_log_entry" drop constraint "module_log_entry_server_id_foreign";`);

    this.addSql(`drop index "module_log_entry_server_id_index";`);
    this.addSql(`alter table "module_log_entry" drop constraint module_log_entry_target_check;`);
    this.addSql(`alter table "module_log_entry" drop column "server_id";`);

    this.addSql(`alter table "module_log_entry" alter column "service_id" type int4 using ("service_id"::int4);`);
    this.addSql(`alter table "module_log_entry" alter column "service_id" set not null;`);
  }

}
