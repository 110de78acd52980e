import { Migration } from '@mikro-orm/migrations';

export class Migration20261203121248_service_send_welcome_email extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "send_welcome_email" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop column "send_welcome_email";`);
  }

}
