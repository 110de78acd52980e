import { Migration } from '@mikro-orm/migrations';

export class Migration20261203044237_idempotency_encrypted_leased extends Migration {

  override async up(): Promise<void> {
    // Stored answers were plain JSON (tokens and signed links among them) and cannot be encrypted here without the
    // secrets key: they go. A key is kept 24 hours at most; a retry after the upgrade runs afresh.
    this.addSql(`delete from "idempotent_request";`);
    this.addSql(`alter table "idempotent_request" drop column "response";`);

    this.addSql(`alter table "idempotent_request" add column "response_encrypted" text null, add column "locked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idempotent_request" drop column "response_encrypted", drop column "locked_until";`);

    this.addSql(`alter table "idempotent_request" add column "response" jsonb null;`);
  }

}
