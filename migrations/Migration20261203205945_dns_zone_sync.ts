import { Migration } from '@mikro-orm/migrations';

export class Migration20261203205945_dns_zone_sync extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "dns_zone_status" add value if not exists 'removing' after 'failed';`);

    this.addSql(`alter table "dns_zone" add column "sync_due_at" timestamptz null, add column "sync_attempts" int not null default 0;`);
    this.addSql(`create index "dns_zone_sync_due_at_index" on "dns_zone" ("sync_due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "dns_zone_sync_due_at_index";`);
    this.addSql(`alter table "dns_zone" drop column "sync_due_at", drop column "sync_attempts";`);
  }

}
