import { Migration } from '@mikro-orm/migrations';

export class Migration20261203135515_accept_on_payment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "operator_settings" add column "accept_orders_on_payment" boolean not null default false;`);

    this.addSql(`alter table "product" add column "accept_on_payment" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "operator_settings" drop column "accept_orders_on_payment";`);

    this.addSql(`alter table "product" drop column "accept_on_payment";`);
  }

}
