import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Length } from '../shared/validators';
import type { RequestContext } from '../shared/context';
import { ConnectionType, OrderByInput, PageArgs, pageComplexity, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { toId } from '../shared/ids';
import { CreditEntry } from './credit-entry.entity';
import { Client } from '../clients/client.entity';
import { StaffUser } from '../auth/staff-user.entity';
import { staffReference } from '../auth/staff.service';
import { addCredit, adjustCreditBalance, clientCreditPage, listCreditLog, removeCredit } from './credit.service';

const CreditEntryConnection = ConnectionType(CreditEntry, 'CreditEntry');

@InputType({ description: 'Credit to add to or remove from a client.' })
class CreditChangeInput {
  @Field(() => ID, { description: 'Id of the client.' })
  clientId!: string;

  @Field({ description: 'Positive decimal in the client\'s currency, at most its decimals, e.g. "12.50"' })
  amount!: string;

  @Field({ description: 'What it is for, shown in the credit log (1-255 characters).' })
  @Length(1, 255)
  description!: string;
}

@InputType({ description: 'A new credit balance for a client.' })
class CreditAdjustmentInput {
  @Field(() => ID, { description: 'Id of the client.' })
  clientId!: string;

  @Field({ description: 'The new balance: a decimal >= 0 in the client\'s currency' })
  newBalance!: string;

  @Field({ description: 'Why, shown in the credit log (1-255 characters).' })
  @Length(1, 255)
  description!: string;
}

/** What credit log entries can be sorted by; the values are entity properties. */
export enum CreditEntryOrderField {
  CREATED_AT = 'createdAt',
  AMOUNT = 'amountMinor',
}
registerEnumType(CreditEntryOrderField, {
  name: 'CreditEntryOrderField',
  description: 'What credit log entries can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'When the entry was recorded' },
    AMOUNT: { description: 'The amount in minor units (removals negative)' },
  },
});

const CreditEntryOrder = OrderByInput(CreditEntryOrderField, 'CreditEntry', 'credit log entries');
type CreditEntryOrder = InstanceType<typeof CreditEntryOrder>;

@Resolver()
export class CreditResolver {
  @Authorized('STAFF')
  @Mutation(() => CreditEntry, { description: 'Staff: add credit to a client; returns the new credit log entry.' })
  addCredit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The client, amount and description.' }) input: CreditChangeInput): Promise<CreditEntry> {
    return addCredit(ctx, toId(input.clientId, 'Client', 'clientId'), input.amount, input.description);
  }

  @Authorized('STAFF')
  @Mutation(() => CreditEntry, { description: 'Staff: take credit away; refused when it exceeds the balance (the balance never goes below zero).' })
  removeCredit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The client, amount and description.' }) input: CreditChangeInput): Promise<CreditEntry> {
    return removeCredit(ctx, toId(input.clientId, 'Client', 'clientId'), input.amount, input.description);
  }

  @Authorized('STAFF')
  @Mutation(() => CreditEntry, { description: 'Staff: set the balance directly; recorded with who, when, the old and the new balance.' })
  adjustCreditBalance(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The client, new balance and reason.' }) input: CreditAdjustmentInput): Promise<CreditEntry> {
    return adjustCreditBalance(ctx, toId(input.clientId, 'Client', 'clientId'), input.newBalance, input.description);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => CreditEntryConnection, {
    description: 'A client\'s credit log, newest first, a page at a time; the balance is its sum. Staff: any client; a client: its own (users need the CREDIT permission).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  creditLog(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => CreditEntryOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: CreditEntryOrder,
  ) {
    return listCreditLog(ctx, toId(clientId, 'Client', 'clientId'), page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }
}

/** The credit log under a client, a page per client, batched across clients. */
@Resolver(() => Client)
export class ClientCreditResolver {
  @FieldResolver(() => CreditEntryConnection, { description: 'Newest first, paged as `creditLog` (users need CREDIT)', complexity: pageComplexity })
  async creditLog(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => CreditEntryOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: CreditEntryOrder,
  ) {
    return clientCreditPage(ctx, client.id, page, selectsTotalCount(info), orderBy, selectedNodeFields(info));
  }
}

/** Who made a credit entry, as objects (the invoice it concerns: src/billing/credit-entry-invoice.resolver.ts). */
@Resolver(() => CreditEntry)
export class CreditEntryResolver {
  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member who made the change; null when none, and for clients' })
  staff(@Root() entry: CreditEntry, @Ctx() ctx: RequestContext) {
    return staffReference(ctx, entry.staffId);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member acting as the client, if any; null for clients' })
  impersonator(@Root() entry: CreditEntry, @Ctx() ctx: RequestContext) {
    return staffReference(ctx, entry.impersonatorStaffId);
  }
}
