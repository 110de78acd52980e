import { Migration } from '@mikro-orm/migrations';

export class Migration20261203203828_service_payment_method extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" add column "payment_method" varchar(100) null;`);

    this.addSql(`alter table "service" add column "payment_method" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "payment_method";`);

    this.addSql(`alter table "service" drop column "payment_method";`);
  }

}
