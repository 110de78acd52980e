import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170516_service_auto_recalculate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "auto_recalculate" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop column "auto_recalculate";`);
  }

}
