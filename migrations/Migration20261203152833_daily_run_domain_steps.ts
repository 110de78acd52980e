import { Migration } from '@mikro-orm/migrations';

export class Migration20261203152833_daily_run_domain_steps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "daily_run_step_name" add value if not exists 'domain_renewals' after 'fixed_term_terminations';`);

    this.addSql(`alter type "daily_run_step_name" add value if not exists 'domain_sync' after 'domain_renewals';`);
  }

}
