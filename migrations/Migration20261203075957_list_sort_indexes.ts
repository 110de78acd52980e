import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075957_list_sort_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "invoice_total_minor_id_index" on "invoice" ("total_minor", "id");`);
    this.addSql(`create index "invoice_date_paid_id_index" on "invoice" ("date_paid", "id");`);
    this.addSql(`create index "invoice_issue_date_id_index" on "invoice" ("issue_date", "id");`);

    this.addSql(`create index "payment_transaction_date_id_index" on "payment_transaction" ("date", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "invoice_total_minor_id_index";`);
    this.addSql(`drop index "invoice_date_paid_id_index";`);
    this.addSql(`drop index "invoice_issue_date_id_index";`);

    this.addSql(`drop index "payment_transaction_date_id_index";`);
  }

}
