import { Migration } from '@mikro-orm/migrations';

/**
 * Substring searches (ILIKE '%word%') served by trigram indexes instead of
 * sequential scans. pg_trgm is a trusted extension (PostgreSQL 13+): the
 * database owner may create it.
 */
export class Migration20261204010500_search_trigram_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "client_search_trgm" on "client" using gin ("first_name" gin_trgm_ops, "last_name" gin_trgm_ops, "company_name" gin_trgm_ops, "email" gin_trgm_ops, "phone_number" gin_trgm_ops, "city" gin_trgm_ops);`);
    this.addSql(`create index "service_search_trgm" on "service" using gin ("domain" gin_trgm_ops, "username" gin_trgm_ops);`);
    this.addSql(`create index "domain_search_trgm" on "domain" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "invoice_search_trgm" on "invoice" using gin ("number" gin_trgm_ops, "client_name" gin_trgm_ops);`);
    this.addSql(`create index "payment_transaction_search_trgm" on "payment_transaction" using gin ("transaction_id" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "client_search_trgm";`);
    this.addSql(`drop index "service_search_trgm";`);
    this.addSql(`drop index "domain_search_trgm";`);
    this.addSql(`drop index "invoice_search_trgm";`);
    this.addSql(`drop index "payment_transaction_search_trgm";`);
  }

}
