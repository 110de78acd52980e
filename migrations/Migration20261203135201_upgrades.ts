import { Migration } from '@mikro-orm/migrations';

export class Migration20261203135201_upgrades extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "credit_entry_kind" add value if not exists 'downgrade' after 'overpayment_refunded';`);

    this.addSql(`alter table "service" add column "config_options" jsonb not null default '[]';`);

    this.addSql(`alter type "order_item_kind" add value if not exists 'upgrade' after 'domain_transfer';`);

    this.addSql(`alter table "invoice_line" add column "computation" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice_line" drop column "computation";`);

    this.addSql(`alter table "service" drop column "config_options";`);
  }

}
