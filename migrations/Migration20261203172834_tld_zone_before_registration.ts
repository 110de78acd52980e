import { Migration } from '@mikro-orm/migrations';

export class Migration20261203172834_tld_zone_before_registration extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tld_rule" add column "zone_before_registration" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tld_rule" drop column "zone_before_registration";`);
  }

}
