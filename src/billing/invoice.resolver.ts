import { Arg, Args, Authorized, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import { topic, type EventTopics, type InvoiceChange } from '../shared/event-bus';
import { ConnectionType, PageArgs, pageComplexity, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { globalId, toId } from '../shared/ids';
import { readsForEvent } from '../shared/event-reads';
import { localToday } from '../shared/clock';
import { Client } from '../clients/client.entity';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import { Addon } from '../catalog/addon.entity';
import { ClientPermission } from '../auth/client-permission';
import { canReadClientField } from '../auth/client-access';
import { ClientPayer } from '../clients/client-payer.entity';
import { Invoice, InvoiceStatus, isOpen } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Transaction } from './transaction.entity';
import { AddInvoicePaymentInput, CreateInvoiceInput, InvoiceFilter, InvoiceOrder, MarkInvoicePaidInput, RefundTransactionInput, UpdateInvoiceInput } from './invoice.inputs';
import {
  canWatchInvoicesOf, cancelInvoice, clientInvoicesPage, createInvoice, getInvoice, listInvoices, publishInvoice, setInvoiceStatus, updateInvoice,
} from './invoice.service';
import { addInvoicePayment, markInvoicePaid, refundTransaction } from './invoice-payment.service';
import { applyCredit, removeAppliedCredit } from './invoice-credit.service';

const InvoiceConnection = ConnectionType(Invoice, 'Invoice');

enum InvoiceChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(InvoiceChangeKind, {
  name: 'InvoiceChange',
  description: 'What happened to an invoice; one change is one event.',
  valuesConfig: {
    CREATED: { description: 'The invoice was created (as a draft, issued, or issued and paid by credit at once).' },
    UPDATED: { description: 'Anything else changed: lines, dates, payer, an issued draft, a partial payment or refund, credit applied or taken off.' },
    PAID: { description: 'A payment or credit settled the invoice: it became Paid.' },
    CANCELLED: { description: 'The invoice was cancelled.' },
    REFUNDED: { description: 'Every payment was refunded: it became Refunded.' },
  },
});

type InvoiceChangedPayload = EventTopics['INVOICE_CHANGED'];

@ObjectType({ description: 'One change to an invoice: what happened, when, and the invoice as it is now.' })
class InvoiceChangedEvent {
  @Field(() => ID, { description: 'Id of the invoice that changed.' }) invoiceId!: number;
  @Field(() => ID, { nullable: true, description: 'Id of the invoice\'s client; null once the client was deleted.' }) clientId?: number;
  @Field(() => InvoiceChangeKind, { description: 'What happened.' }) change!: InvoiceChange;
  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' }) at!: string;
  @Field(() => Invoice, { nullable: true, description: 'The invoice as it is now; null if it no longer exists.' }) invoice?: Invoice;
}

/** Issues 4.4-4.7: invoices, payments, refunds and credit. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => InvoiceConnection, {
    description: 'Invoices, newest first, a page at a time. Staff see all; a client its own issued invoices (users need the INVOICES permission).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  invoices(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InvoiceFilter, { nullable: true, description: 'Only invoices matching all given criteria; all when omitted.' }) filter: InvoiceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => InvoiceOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: InvoiceOrder,
  ) {
    return listInvoices(ctx, filter, page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Invoice, { description: 'One invoice. Staff: any; a client: its own issued invoices (users need the INVOICES permission).' })
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the invoice.' }) id: string) {
    return getInvoice(ctx, toId(id, 'Invoice', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: create an invoice. It is issued (Unpaid, numbered, credit applied) unless draft is true.' })
  createInvoice(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new invoice.' }) input: CreateInvoiceInput) {
    return createInvoice(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: change a Draft or Unpaid invoice; lines are replaced and the totals computed again.' })
  updateInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the invoice.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateInvoiceInput) {
    return updateInvoice(ctx, toId(id, 'Invoice', 'id'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: issue a draft (Draft → Unpaid): assigns the next invoice number and applies available credit unless applyCredit is false.' })
  publishInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the draft invoice.' }) id: string, @Arg('applyCredit', { nullable: true, description: 'Apply available client credit; default the billing setting autoApplyCredit.' }) applyCredit?: boolean) {
    return publishInvoice(ctx, toId(id, 'Invoice', 'id'), applyCredit ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: cancel an invoice; applied credit returns to the client. Payments must be refunded first.' })
  cancelInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the invoice.' }) id: string) {
    return cancelInvoice(ctx, toId(id, 'Invoice', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: move an issued invoice between UNPAID, PAYMENT_PENDING and COLLECTIONS; the note goes to the activity log.' })
  setInvoiceStatus(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the invoice.' }) id: string, @Arg('status', () => InvoiceStatus, { description: 'UNPAID, PAYMENT_PENDING or COLLECTIONS.' }) status: InvoiceStatus, @Arg('note', { nullable: true, description: 'Why, for the activity log.' }) note?: string) {
    return setInvoiceStatus(ctx, toId(id, 'Invoice', 'id'), status, note ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: record a manual payment of the whole balance due, which marks the invoice Paid.' })
  markInvoicePaid(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the invoice.' }) id: string, @Arg('input', () => MarkInvoicePaidInput, { nullable: true, description: 'How to record the payment; defaults apply when omitted.' }) input?: MarkInvoicePaidInput) {
    return markInvoicePaid(ctx, toId(id, 'Invoice', 'id'), input ?? {});
  }

  @Authorized('STAFF')
  @Mutation(() => Transaction, { description: 'Staff: record a payment. Part of the balance keeps the invoice Unpaid, all of it marks it Paid, and any excess becomes client credit. A retry with the same gateway transaction id returns the first transaction.' })
  addInvoicePayment(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The payment.' }) input: AddInvoicePaymentInput) {
    return addInvoicePayment(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Transaction, { description: 'Staff: refund (part of) a payment, through the gateway or as client credit.' })
  refundTransaction(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The refund.' }) input: RefundTransactionInput) {
    return refundTransaction(ctx, input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Invoice, { description: 'Apply client credit to an open invoice, limited by the credit balance and the balance due. Staff, or the owning client (users need the INVOICES permission).' })
  applyCredit(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID, { description: 'Id of the invoice.' }) invoiceId: string, @Arg('amount', { nullable: true, description: 'Decimal amount in the invoice currency; as much as possible when omitted.' }) amount?: string) {
    return applyCredit(ctx, toId(invoiceId, 'Invoice', 'invoiceId'), amount ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => Invoice, { description: 'Staff: take applied credit off an invoice again, back to the client\'s balance.' })
  removeAppliedCredit(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID, { description: 'Id of the invoice.' }) invoiceId: string, @Arg('amount', { nullable: true, description: 'Decimal amount in the invoice currency; all of it when omitted.' }) amount?: string) {
    return removeAppliedCredit(ctx, toId(invoiceId, 'Invoice', 'invoiceId'), amount ?? undefined);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => InvoiceChangedEvent, {
    topics: topic('INVOICE_CHANGED'),
    description: 'Changes to invoices. Staff: every invoice, or one with id. A client: only its own (users need the INVOICES permission).',
    filter: ({ payload, args, context }: { payload: InvoiceChangedPayload; args: { id?: string }; context: RequestContext }) => {
      if (!canWatchInvoicesOf(context, payload.clientId)) return false;
      return args.id == null || args.id === globalId('Invoice', payload.invoiceId);
    },
  })
  async invoiceChanged(
    @Root() payload: InvoiceChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Only changes of this invoice; all the viewer may see when omitted.' }) _id?: string,
  ): Promise<InvoiceChangedEvent> {
    // Read once per event for all its subscribers (issue 12.5), as the invoice is now.
    const { loaders } = readsForEvent(ctx, payload);
    const invoice = await loaders.billing.invoice.load(payload.invoiceId);
    return { ...payload, clientId: payload.clientId ?? undefined, invoice: invoice ?? undefined };
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The invoice\'s client; null once the client was deleted (see clientName, clientEmail).' })
  client(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return invoice.client ? ctx.loaders.client.load(invoice.client.id) : null;
  }

  @FieldResolver(() => ClientPayer, { nullable: true, description: 'The payer the invoice is addressed to; null when it is addressed to the client or its billing contact.' })
  payer(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return invoice.payer ? ctx.loaders.payer.load(invoice.payer.id) : null;
  }

  @FieldResolver(() => [InvoiceLine], { description: 'The invoice\'s lines, in order.' })
  lines(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.billing.linesByInvoice.load(invoice.id);
  }

  @FieldResolver(() => Boolean, { description: 'Unpaid (or Payment Pending / Collections) and past its due date, on the operator\'s calendar (the daily run\'s time zone).' })
  overdue(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return isOpen(invoice.status) && invoice.dueDate < localToday(ctx.config.automation);
  }

  @FieldResolver(() => [Transaction], { description: 'Payments and refunds of this invoice, oldest first.' })
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
    return clientInvoicesPage(ctx, client.id, page, selectsTotalCount(info), orderBy, selectedNodeFields(info));
  }
}

/** What an invoice line bills, as objects (one query per relation for all lines). */
@Resolver(() => InvoiceLine)
export class InvoiceLineResolver {
  @FieldResolver(() => Service, { nullable: true, description: 'The service this line bills; null for other lines, or when you may not see services' })
  service(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return line.service && canReadClientField(ctx, ClientPermission.SERVICES) ? ctx.loaders.provisioning.service.load(line.service.id) : null;
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The domain this line bills; null for other lines, or when you may not see domains' })
  domain(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return line.domain && canReadClientField(ctx, ClientPermission.DOMAINS) ? ctx.loaders.provisioning.domain.load(line.domain.id) : null;
  }

  @FieldResolver(() => Addon, { nullable: true, description: 'The addon this line bills; null for other lines' })
  addon(@Root() line: InvoiceLine, @Ctx() ctx: RequestContext) {
    return line.addonId != null ? ctx.loaders.catalog.addon.load(line.addonId) : null;
  }
}
