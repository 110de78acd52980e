import { registerEnumType } from 'type-graphql';

/** How often a product is priced and a service billed. */
export enum BillingCycle {
  MONTHLY = 'monthly',
  QUARTERLY = 'quarterly',
  SEMI_ANNUALLY = 'semi_annually',
  ANNUALLY = 'annually',
  BIENNIALLY = 'biennially',
  TRIENNIALLY = 'triennially',
  ONE_TIME = 'one_time',
  FREE = 'free',
}
registerEnumType(BillingCycle, {
  name: 'BillingCycle',
  description: 'How often a service is billed.',
  valuesConfig: {
    MONTHLY: { description: 'Every month.' },
    QUARTERLY: { description: 'Every 3 months.' },
    SEMI_ANNUALLY: { description: 'Every 6 months.' },
    ANNUALLY: { description: 'Every year.' },
    BIENNIALLY: { description: 'Every 2 years.' },
    TRIENNIALLY: { description: 'Every 3 years.' },
    ONE_TIME: { description: 'Billed once.' },
    FREE: { description: 'Never billed.' },
  },
});
