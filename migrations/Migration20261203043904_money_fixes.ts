import { Migration } from '@mikro-orm/migrations';
import { normaliseSubdivision } from '../src/shared/subdivisions';

export class Migration20261203043904_money_fixes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice_number_sequence" add column "last_issue_date" date null;`);

    this.addSql(`alter type "credit_entry_kind" add value if not exists 'overpayment_refunded' after 'refund';`);

    this.addSql(`alter table "invoice" add column "tax2compound" boolean null, add column "tax_mode" varchar(20) null, add column "tax_rounding" varchar(20) null;`);

    this.addSql(`alter table "payment_transaction" drop constraint payment_transaction_amounts;`);

    this.addSql(`alter table "payment_transaction" add column "from_credit_minor" bigint not null default 0;`);
    this.addSql(`alter table "payment_transaction" add constraint payment_transaction_amounts check(credit_minor >= 0 and refunded_minor >= 0 and from_credit_minor >= 0);`);

    // States become ISO 3166-2 codes where the old text names a subdivision; anything else stays as it was.
    for (const table of ['client', 'contact', 'client_payer', 'tax_rule']) {
      const rows = await this.execute(`select distinct country, state from "${table}" where state is not null`);
      for (const { country, state } of rows as { country: string | null; state: string }[]) {
        const result = normaliseSubdivision(country, state);
        if (!result.ok || result.state === state) continue;
        // A tax rule keeps its text when a rule for the same place exists already in code form.
        const unlessTaken = table === 'tax_rule'
          ? ` and not exists (select 1 from tax_rule t where t.level = tax_rule.level and t.country = tax_rule.country and upper(t.state) = upper(?))`
          : '';
        const params = table === 'tax_rule' ? [result.state, country, state, result.state] : [result.state, country, state];
        await this.execute(`update "${table}" set state = ? where country = ? and state = ?${unlessTaken}`, params);
      }
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "tax2compound", drop column "tax_mode", drop column "tax_rounding";`);

    this.addSql(`alter table "invoice_number_sequence" drop column "last_issue_date";`);

    this.addSql(`alter table "payment_transaction" drop constraint payment_transaction_amounts;`);
    this.addSql(`alter table "payment_transaction" drop column "from_credit_minor";`);

    this.addSql(`alter table "payment_transaction" add constraint payment_transaction_amounts check((credit_minor >= 0) AND (refunded_minor >= 0));`);
  }

}
