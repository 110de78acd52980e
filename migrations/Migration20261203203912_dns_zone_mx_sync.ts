import { Migration } from '@mikro-orm/migrations';

export class Migration20261203203912_dns_zone_mx_sync extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "dns_zone" add column "mx_sync_due_at" timestamptz null, add column "mx_sync_attempts" int not null default 0;`);
    this.addSql(`create index "dns_zone_mx_sync_due_at_index" on "dns_zone" ("mx_sync_due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "dns_zone_mx_sync_due_at_index";`);
    this.addSql(`alter table "dns_zone" drop column "mx_sync_due_at", drop column "mx_sync_attempts";`);
  }

}
