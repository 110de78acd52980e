import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import type { EventTopics, InvoiceChange } from '../shared/event-bus';
import { ConnectionType, PageArgs, pageComplexity, selectsTotalCount } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Invoice, InvoiceStatus } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Transaction } from './transaction.entity';
import { AddInvoicePaymentInput, CreateInvoiceInput, InvoiceFilter, InvoiceOrder, MarkInvoicePaidInput, RefundTransactionInput, UpdateInvoiceInput } from './invoice.inputs';
import {
  addInvoicePayment, applyCredit, canWatchInvoicesOf, cancelInvoice, clientInvoicesPage, createInvoice, getInvoice, listInvoices, markInvoicePaid,
  publishInvoice, refundTransaction, removeAppliedCredit, setInvoiceStatus, updateInvoice,
} from './invoice.service';

const InvoiceConnection = ConnectionType(Invoice, 'Invoice');

enum InvoiceChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(InvoiceChangeKind, { name: 'InvoiceChange' });

type InvoiceChangedPayload = EventTopics['INVOICE_CHANGED'][0];

@ObjectType({ description: 'Issue 4.7: an invoice was created, updated (payments and credit too), paid, cancelled or refunded' })
class InvoiceChangedEvent {
  @Field(() => ID) invoiceId!: number;
  @Field(() => ID, { nullable: true }) clientId?: number;
  @Field(() => InvoiceChangeKind) change!: InvoiceChange;
  @Field() at!: string;
  @Field(() => Invoice, { nullable: true }) invoice?: Invoice;
}

/** Issues 4.4-4.7: invoices, payments, refunds and credit. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => InvoiceConnection, {
    description: 'Issue 4.4: newest first. Clients see their own issued invoices (users need INVOICES).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  invoices(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => InvoiceOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: InvoiceOrder,
  ) {
    return listInvoices(ctx, filter, page, orderBy);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Invoice)
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getInvoice(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4 / CR-3: issued (Unpaid, numbered, credit applied) unless draft' })
  createInvoice(@Ctx() ctx: RequestContext, @Arg('input') input: CreateInvoiceInput) {
    return createInvoice(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4: Draft or Unpaid only; lines are replaced and totals recomputed' })
  updateInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateInvoiceInput) {
    return updateInvoice(ctx, toId(id, 'id'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4: Draft → Unpaid; assigns the next invoice number; CR-3 applies credit unless applyCredit: false' })
  publishInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('applyCredit', { nullable: true }) applyCredit?: boolean) {
    return publishInvoice(ctx, toId(id, 'id'), applyCredit ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4: applied credit returns to the client; refund payments first' })
  cancelInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return cancelInvoice(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4: move an issued invoice between UNPAID, PAYMENT_PENDING and COLLECTIONS; the note goes to the activity log' })
  setInvoiceStatus(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('status', () => InvoiceStatus) status: InvoiceStatus, @Arg('note', { nullable: true }) note?: string) {
    return setInvoiceStatus(ctx, toId(id, 'id'), status, note ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Issue 4.4: records a manual transaction for the balance due' })
  markInvoicePaid(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => MarkInvoicePaidInput, { nullable: true }) input?: MarkInvoicePaidInput) {
    return markInvoicePaid(ctx, toId(id, 'id'), input ?? {});
  }

  @Authorized('STAFF')
  @Mutation(() => Transaction, { description: 'Issue 4.5: partial keeps it Unpaid, full marks it Paid, excess becomes credit (CR-4); idempotent per gateway transaction id' })
  addInvoicePayment(@Ctx() ctx: RequestContext, @Arg('input') input: AddInvoicePaymentInput) {
    return addInvoicePayment(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Transaction, { description: 'Issue 4.5: refund (part of) a payment to the gateway or as client credit' })
  refundTransaction(@Ctx() ctx: RequestContext, @Arg('input') input: RefundTransactionInput) {
    return refundTransaction(ctx, input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Invoice, { description: 'CR-4 / issue 4.6: staff or the owning client (INVOICES); limited by the credit balance and the amount due; no amount = as much as possible' })
  applyCredit(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID) invoiceId: string, @Arg('amount', { nullable: true }) amount?: string) {
    return applyCredit(ctx, toId(invoiceId, 'invoiceId'), amount ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'CR-4: take applied credit off again (no amount = all of it)' })
  removeAppliedCredit(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID) invoiceId: string, @Arg('amount', { nullable: true }) amount?: string) {
    return removeAppliedCredit(ctx, toId(invoiceId, 'invoiceId'), amount ?? undefined);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => InvoiceChangedEvent, {
    topics: 'INVOICE_CHANGED',
    description: 'Issue 4.7: staff: every invoice, or one with id. Client: only its own (users need INVOICES).',
    filter: ({ payload, args, context }: { payload: InvoiceChangedPayload; args: { id?: string }; context: RequestContext }) => {
      if (!canWatchInvoicesOf(context, payload.clientId)) return false;
      return args.id == null || Number(args.id) === payload.invoiceId;
    },
  })
  async invoiceChanged(
    @Root() payload: InvoiceChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) _id?: string,
  ): Promise<InvoiceChangedEvent> {
    // A fresh EntityManager per event: the subscription lives long.
    const em = ctx.em.fork();
    const invoice = await em.findOne(Invoice, { id: payload.invoiceId });
    return { ...payload, clientId: payload.clientId ?? undefined, invoice: invoice ?? undefined };
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Null once the client was deleted (CL-8)' })
  clientId(@Root() invoice: Invoice) {
    return invoice.client?.id ?? null;
  }

  @FieldResolver(() => Client, { nullable: true, description: 'Null once the client was deleted (CL-8: see clientName, clientEmail)' })
  client(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return invoice.client ? ctx.loaders.client.load(invoice.client.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  payerId(@Root() invoice: Invoice) {
    return invoice.payer?.id ?? null;
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.billing.linesByInvoice.load(invoice.id);
  }

  @FieldResolver(() => [Transaction], { description: 'Issue 4.5: payments and refunds, oldest first' })
  transactions(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.billing.transactionsByInvoice.load(invoice.id);
  }
}

/** The client's invoices under the client, a page per client, batched across clients. */
@Resolver(() => Client)
export class ClientInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, { description: 'Newest first, paged as `invoices`; clients see issued ones only (users need INVOICES)', complexity: pageComplexity })
  async invoices(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => InvoiceOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: InvoiceOrder,
  ) {
    return clientInvoicesPage(ctx, client.id, page, selectsTotalCount(info), orderBy);
  }
}
