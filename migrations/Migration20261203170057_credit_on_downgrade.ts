import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170057_credit_on_downgrade extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "operator_settings" add column "credit_on_downgrade" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "operator_settings" drop column "credit_on_downgrade";`);
  }

}
