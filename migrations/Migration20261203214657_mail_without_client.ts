import { Migration } from '@mikro-orm/migrations';

export class Migration20261203214657_mail_without_client extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mail_message" alter column "client_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mail_message" alter column "client_id" set not null;`);
  }

}
