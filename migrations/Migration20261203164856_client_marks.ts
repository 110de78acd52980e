import { Migration } from '@mikro-orm/migrations';

export class Migration20261203164856_client_marks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "client" add column "attitude" varchar(50) null, add column "verified_phone" varchar(30) null, add column "custom_login_name" varchar(100) null;`);
    this.addSql(`alter table "client" add constraint "client_custom_login_name_unique" unique ("custom_login_name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "client" drop constraint "client_custom_login_name_unique";`);
    this.addSql(`alter table "client" drop column "attitude", drop column "verified_phone", drop column "custom_login_name";`);
  }

}
