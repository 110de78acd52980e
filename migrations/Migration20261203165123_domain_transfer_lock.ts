import { Migration } from '@mikro-orm/migrations';

export class Migration20261203165123_domain_transfer_lock extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "domain" add column "transfer_locked" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "domain" drop column "transfer_locked";`);
  }

}
