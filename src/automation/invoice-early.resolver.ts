import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Invoice } from '../billing/invoice.entity';
import { InvoiceEarlyInput } from './invoice-early.inputs';
import { invoiceEarly } from './invoice-early.service';

@Resolver()
export class InvoiceEarlyResolver {
  @Authorized('STAFF')
  @Mutation(() => [Invoice], { description: 'Staff: invoice the next renewal of some services, addons and domains of one client now, instead of waiting for the daily run. Items due on the same date with the same payment method share an invoice unless the client (or its group) wants separate invoices. Only Pending, Active or Suspended services and addons, and Active or grace-period domains, can be invoiced, and a due date that is invoiced already is never invoiced again (CONFLICT, nothing is invoiced). Returns the new invoices.' })
  invoiceEarly(@Ctx() ctx: RequestContext, @Arg('input', () => InvoiceEarlyInput, { description: 'The client and the items to invoice.' }) input: InvoiceEarlyInput): Promise<Invoice[]> {
    return invoiceEarly(ctx, input);
  }
}
