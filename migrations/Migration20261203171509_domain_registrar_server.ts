import { Migration } from '@mikro-orm/migrations';

export class Migration20261203171509_domain_registrar_server extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "domain" add column "server_id" int null;`);
    this.addSql(`alter table "domain" add constraint "domain_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "domain_server_id_index" on "domain" ("server_id");`);

    this.addSql(`alter table "tld_rule" add column "server_id" int null;`);
    this.addSql(`alter table "tld_rule" add constraint "tld_rule_server_id_foreign" foreign key ("server_id") references "server" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "domain" drop constraint "domain_server_id_foreign";`);

    this.addSql(`alter table "tld_rule" drop constraint "tld_rule_server_id_foreign";`);

    this.addSql(`drop index "domain_server_id_index";`);
    this.addSql(`alter table "domain" drop column "server_id";`);

    this.addSql(`alter table "tld_rule" drop column "server_id";`);
  }

}
