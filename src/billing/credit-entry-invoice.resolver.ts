import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { CreditEntry } from '../credit/credit-entry.entity';
import { Invoice } from './invoice.entity';
import { invoiceReference } from './locked-invoice';

/** The invoice a credit entry concerns, as an object: here because billing comes after credit in the folder order. */
@Resolver(() => CreditEntry)
export class CreditEntryInvoiceResolver {
  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice this entry concerns (credit applied, overpayment, refund); null when none, or when you may not see it' })
  invoice(@Root() entry: CreditEntry, @Ctx() ctx: RequestContext) {
    return invoiceReference(ctx, entry.invoiceId);
  }
}
