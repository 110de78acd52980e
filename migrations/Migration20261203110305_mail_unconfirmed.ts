import { Migration } from '@mikro-orm/migrations';

export class Migration20261203110305_mail_unconfirmed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mail_message" drop constraint if exists "mail_message_status_check";`);

    this.addSql(`alter table "mail_message" add column "handed_over_at" timestamptz null;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_status_check" check("status" in ('queued', 'sending', 'sent', 'failed', 'unconfirmed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mail_message" drop constraint if exists "mail_message_status_check";`);

    this.addSql(`alter table "mail_message" drop column "handed_over_at";`);

    this.addSql(`alter table "mail_message" add constraint "mail_message_status_check" check("status" in ('queued', 'sending', 'sent', 'failed'));`);
  }

}
