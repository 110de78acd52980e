import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { StaffUser } from '../auth/staff-user.entity';
import { staffReference } from '../auth/staff.service';
import { Invoice } from './invoice.entity';
import { Transaction } from './transaction.entity';
import { TransactionFilter, TransactionOrder } from './invoice.inputs';
import { clientTransactionsPage, getTransaction, listTransactions } from './transaction.service';

const TransactionConnection = ConnectionType(Transaction, 'Transaction');

/** Issue 4.5: payments and refunds across invoices. */
@Resolver(() => Transaction)
export class TransactionResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => TransactionConnection, {
    description: 'Payments and refunds, newest first, a page at a time. Staff see all, including those of deleted clients; a client its own (users need the INVOICES permission).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  transactions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TransactionFilter, { nullable: true, description: 'Only transactions matching all given criteria; all when omitted.' }) filter: TransactionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => TransactionOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: TransactionOrder,
  ) {
    return listTransactions(ctx, filter, page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Transaction, { description: 'One payment or refund. Staff: any; a client: its own (users need the INVOICES permission).' })
  transaction(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the transaction.' }) id: string) {
    return getTransaction(ctx, toId(id, 'Transaction', 'id'));
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice it paid or refunded' })
  invoice(@Root() transaction: Transaction, @Ctx() ctx: RequestContext) {
    return transaction.invoice ? ctx.loaders.billing.invoice.load(transaction.invoice.id) : null;
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The client; null once the client was deleted (see clientName, clientEmail).' })
  client(@Root() transaction: Transaction, @Ctx() ctx: RequestContext) {
    return transaction.client ? ctx.loaders.client.load(transaction.client.id) : null;
  }

  @FieldResolver(() => Transaction, { nullable: true, description: 'For a refund: the payment it gives back' })
  refundOf(@Root() transaction: Transaction, @Ctx() ctx: RequestContext) {
    return transaction.refundOf ? ctx.loaders.billing.transaction.load(transaction.refundOf.id) : null;
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member who recorded it; null when recorded otherwise, and for clients' })
  staff(@Root() transaction: Transaction, @Ctx() ctx: RequestContext) {
    return staffReference(ctx, transaction.staffId);
  }
}

/** The client's payments and refunds under the client, a page per client, batched across clients. */
@Resolver(() => Client)
export class ClientTransactionsResolver {
  @FieldResolver(() => TransactionConnection, { description: 'Payments and refunds, newest first, paged as `transactions` (users need INVOICES)', complexity: pageComplexity })
  async transactions(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => TransactionOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: TransactionOrder,
  ) {
    return clientTransactionsPage(ctx, client.id, page, selectsTotalCount(info), orderBy, selectedNodeFields(info));
  }
}
