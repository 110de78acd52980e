import { Arg, Authorized, Ctx, Extensions, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { CARRIES_CREDENTIALS } from '../shared/idempotency';
import { toId } from '../shared/ids';
import { createInvoicePdfLink } from './invoice-pdf.service';

@ObjectType({ description: 'A short-lived URL that downloads a file without an Authorization header.' })
export class DownloadLink {
  @Field({ description: 'Path on this server (/invoices/12/pdf?expires=…&signature=…): prefix it with the server\'s origin' })
  url!: string;

  @Field({ description: 'The link is refused after this moment' })
  expiresAt!: Date;
}

@Resolver()
export class InvoicePdfResolver {
  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => DownloadLink, {
    description: 'A link to the invoice\'s PDF, valid for 5 minutes, for whoever may read the invoice (clients: their own issued invoices; users need the INVOICES permission).',
  })
  @Extensions(CARRIES_CREDENTIALS)
  createInvoicePdfLink(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID, { description: 'Id of the invoice.' }) invoiceId: string) {
    return createInvoicePdfLink(ctx, toId(invoiceId, 'Invoice', 'invoiceId'));
  }
}
