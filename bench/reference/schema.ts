/**
 * The reference server's schema: the part of this server's schema.graphql
 * that the benchmarks query, with the same names and types, plus
 * `Client.invoices` (the connection the issue asks for, so the bench can use
 * it once this server has it). Resolvers are plain functions over rows.
 */
import { buildSchema, GraphQLError, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { globalId, toId } from '../../src/shared/ids';
import { withGlobalIds } from '../../src/shared/global-ids';
import { filter, pipe, type PubSub } from '@graphql-yoga/subscription';
import type { Db, Loaders, Row, Viewer } from './data';

export interface Context {
  db: Db;
  viewer?: Viewer;
  loaders: Loaders;
}

/** What the LISTEN connection publishes: the event and the client read once for every subscriber. */
export interface ClientChanged {
  clientId: number;
  change: string;
  at: string;
  client: Row | null;
}
export type ClientEvents = PubSub<{ CLIENT_CHANGED: [ClientChanged] }>;

const SDL = /* GraphQL */ `
  scalar Currency
  scalar DateTimeISO
  scalar EmailAddress
  scalar LocalDate

  enum ClientStatus { ACTIVE INACTIVE CLOSED }
  enum ClientChangeKind { CREATED UPDATED STATUS_CHANGED DELETED }
  enum ServiceStatus { PENDING ACTIVE SUSPENDED TERMINATED CANCELLED FRAUD COMPLETED }
  enum BillingCycle { MONTHLY QUARTERLY SEMI_ANNUALLY ANNUALLY BIENNIALLY TRIENNIALLY ONE_TIME FREE }
  enum DomainStatus { PENDING PENDING_REGISTRATION PENDING_TRANSFER ACTIVE GRACE_PERIOD REDEMPTION_PERIOD EXPIRED TRANSFERRED_AWAY CANCELLED FRAUD }
  enum InvoiceStatus { DRAFT UNPAID PAID CANCELLED REFUNDED COLLECTIONS PAYMENT_PENDING }

  type Money { amount: String! currency: Currency! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }

  type Product { id: ID! name: String! }
  type Service {
    id: ID! domain: String username: String status: ServiceStatus! billingCycle: BillingCycle!
    registrationDate: LocalDate! nextDueDate: LocalDate createdAt: DateTimeISO!
    firstPaymentAmount: Money! recurringAmount: Money! product: Product!
  }
  type Domain {
    id: ID! name: String! registrar: String status: DomainStatus! registrationDate: LocalDate expiryDate: LocalDate
    autoRenew: Boolean! nameservers: [String!]!
  }
  type InvoiceLine { id: ID! position: Int! description: String! taxable: Boolean! amount: Money! net: Money! tax1: Money! total: Money! }
  type Invoice {
    id: ID! number: String status: InvoiceStatus! currency: Currency! issueDate: LocalDate! dueDate: LocalDate!
    subtotal: Money! tax1: Money! total: Money! creditApplied: Money! amountPaid: Money! balanceDue: Money!
    clientId: ID lines: [InvoiceLine!]!
  }
  type ServiceEdge { cursor: String! node: Service! }
  type ServiceConnection { edges: [ServiceEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type DomainEdge { cursor: String! node: Domain! }
  type DomainConnection { edges: [DomainEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type InvoiceEdge { cursor: String! node: Invoice! }
  type InvoiceConnection { edges: [InvoiceEdge!]! pageInfo: PageInfo! totalCount: Int! }

  type Client {
    id: ID! firstName: String! lastName: String! companyName: String email: EmailAddress! status: ClientStatus!
    currency: Currency! country: String city: String createdAt: DateTimeISO!
    creditBalance: Money!
    services(first: Int, after: String): ServiceConnection!
    domains(first: Int, after: String): DomainConnection!
    invoices(first: Int, after: String): InvoiceConnection!
  }
  type ClientEdge { cursor: String! node: Client! }
  type ClientConnection { edges: [ClientEdge!]! pageInfo: PageInfo! totalCount: Int! }

  type Me { sessionId: ID! client: Client }
  input InvoiceFilter { clientId: ID }
  type ClientChangedEvent { clientId: ID! change: ClientChangeKind! at: String! client: Client }

  type Query {
    me: Me!
    clients(first: Int, after: String): ClientConnection!
    invoices(first: Int, after: String, filter: InvoiceFilter): InvoiceConnection!
  }
  type Mutation { setClientStatus(id: ID!, status: ClientStatus!): Client! }
  type Subscription { clientChanged(id: ID): ClientChangedEvent! }
`;

type Resolver = GraphQLFieldResolver<any, Context, any>;

export function buildReferenceSchema(events: ClientEvents) {
  const schema = buildSchema(SDL);
  const resolvers: Record<string, Record<string, Resolver | { subscribe: Resolver; resolve: Resolver }>> = {
    Query: {
      me: (_, __, ctx) => {
        const viewer = signedIn(ctx);
        return { sessionId: viewer.sessionId, clientId: viewer.kind === 'client' ? viewer.clientId : null };
      },
      clients: async (_, args, ctx) => {
        staffOnly(ctx);
        const limit = pageSize(args.first);
        const after = args.after ? idOfCursor(args.after) : null;
        const rows = await ctx.db.query('select * from client where ($1::int is null or id > $1) order by id limit $2', [after, limit + 1]);
        return connection(rows, limit, after != null, async () => (await ctx.db.query('select count(*)::int as n from client'))[0].n);
      },
      invoices: (_, args, ctx) => {
        const viewer = signedIn(ctx);
        const asked = args.filter?.clientId != null ? toId(args.filter.clientId, 'Client', 'clientId') : undefined;
        if (viewer.kind === 'client' && asked !== undefined && asked !== viewer.clientId) throw forbidden();
        return invoicePage(ctx, viewer.kind === 'client' ? viewer.clientId : asked, args);
      },
    },
    Mutation: {
      setClientStatus: async (_, args, ctx) => {
        staffOnly(ctx);
        const status = String(args.status).toLowerCase();
        const [changed] = await ctx.db.query(
          'update client set status = $2, updated_at = now() where id = $1 and status <> $2::client_status returning *',
          [toId(args.id, 'Client', 'id'), status],
        );
        if (!changed) {
          const [current] = await ctx.db.query('select * from client where id = $1', [toId(args.id, 'Client', 'id')]);
          if (!current) throw new GraphQLError(`Client ${args.id} not found`, { extensions: { code: 'NOT_FOUND' } });
          return current;
        }
        if (status === 'closed') await ctx.db.query('update auth_session set revoked_at = now() where client_id = $1 and revoked_at is null', [changed.id]);
        // After the commit, like this server: every instance's LISTEN connection hears it (server.ts).
        const event = { clientId: changed.id, change: 'STATUS_CHANGED', at: new Date().toISOString() };
        await ctx.db.query('select pg_notify($1, $2)', [CLIENT_CHANGED_CHANNEL, JSON.stringify(event)]);
        return changed;
      },
    },
    Subscription: {
      clientChanged: {
        subscribe: (_, args, ctx) => {
          const viewer = signedIn(ctx);
          return pipe(
            events.subscribe('CLIENT_CHANGED'),
            filter((event: ClientChanged) =>
              (viewer.kind === 'staff' || viewer.clientId === event.clientId) && (args.id == null || args.id === globalId('Client', event.clientId))),
          );
        },
        resolve: (event: ClientChanged) => event,
      },
    },
    Me: {
      client: (me, _, ctx) => (me.clientId == null ? null : ctx.loaders.client.load(me.clientId)),
    },
    Client: {
      firstName: (c) => c.first_name,
      lastName: (c) => c.last_name,
      companyName: (c) => c.company_name,
      status: (c) => upper(c.status),
      createdAt: (c) => c.created_at.toISOString(),
      creditBalance: (c, _, ctx) => {
        ownClientOrStaff(ctx, c.id);
        return money(ctx, c.credit_balance_minor, c.currency);
      },
      services: (c, args, ctx) => {
        ownClientOrStaff(ctx, c.id);
        return childPage(ctx, 'service', c.id, args);
      },
      domains: (c, args, ctx) => {
        ownClientOrStaff(ctx, c.id);
        return childPage(ctx, 'domain', c.id, args);
      },
      invoices: (c, args, ctx) => {
        ownClientOrStaff(ctx, c.id);
        return invoicePage(ctx, c.id, args);
      },
    },
    ClientChangedEvent: {
      // Read once per event by the LISTEN handler; each subscriber only checks it may see it.
      client: (event: ClientChanged, _, ctx) => {
        if (!event.client) return null;
        ownClientOrStaff(ctx, event.clientId);
        return event.client;
      },
    },
    Service: {
      status: (s) => upper(s.status),
      billingCycle: (s) => upper(s.billing_cycle),
      registrationDate: (s) => s.registration_date,
      nextDueDate: (s) => s.next_due_date,
      createdAt: (s) => s.created_at.toISOString(),
      firstPaymentAmount: (s, _, ctx) => money(ctx, s.first_payment_minor, s.currency),
      recurringAmount: (s, _, ctx) => money(ctx, s.recurring_minor, s.currency),
      product: (s, _, ctx) => ctx.loaders.product.load(s.product_id),
    },
    Domain: {
      status: (d) => upper(d.status),
      registrationDate: (d) => d.registration_date,
      expiryDate: (d) => d.expiry_date,
      autoRenew: (d) => d.auto_renew,
    },
    Invoice: {
      status: (i) => upper(i.status),
      issueDate: (i) => i.issue_date,
      dueDate: (i) => i.due_date,
      clientId: (i) => i.client_id,
      subtotal: (i, _, ctx) => money(ctx, i.subtotal_minor, i.currency),
      tax1: (i, _, ctx) => money(ctx, i.tax1minor, i.currency),
      total: (i, _, ctx) => money(ctx, i.total_minor, i.currency),
      creditApplied: (i, _, ctx) => money(ctx, i.credit_applied_minor, i.currency),
      amountPaid: (i, _, ctx) => money(ctx, i.amount_paid_minor, i.currency),
      balanceDue: (i, _, ctx) => money(ctx, balanceDueMinor(i), i.currency),
      lines: (i, _, ctx) => ctx.loaders.linesByInvoice.load(i.id),
    },
    InvoiceLine: {
      amount: (l, _, ctx) => money(ctx, l.amount_minor, l.currency),
      net: (l, _, ctx) => money(ctx, l.net_minor, l.currency),
      tax1: (l, _, ctx) => money(ctx, l.tax1minor, l.currency),
      total: (l, _, ctx) => money(ctx, l.total_minor, l.currency),
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [name, resolver] of Object.entries(fields)) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`reference schema: ${typeName}.${name} is not in the SDL`);
      if (typeof resolver === 'function') field.resolve = resolver;
      else Object.assign(field, resolver);
    }
  }
  // Ids as this server shows and takes them (global ids, issue 13.3).
  return withGlobalIds(schema, { references: { clientId: 'Client', 'Me.sessionId': 'AuthSession' }, refusable: () => false, findNode: async () => null });
}

export const CLIENT_CHANGED_CHANNEL = 'client_changed';

/** One page of a client's (or, for staff without a client, all) invoices, newest first, as this server pages them. */
async function invoicePage(ctx: Context, clientId: number | undefined, args: { first?: number; after?: string }) {
  const limit = pageSize(args.first);
  const issuedOnly = ctx.viewer?.kind === 'client';
  // The first page of a client's invoices is batched over every client of the request (aliased root fields or Client.invoices).
  if (clientId !== undefined && !args.after) {
    const rows = await ctx.loaders.newestInvoices.load({ clientId, limit: limit + 1, issuedOnly });
    return connection(rows, limit, false, () => ctx.loaders.invoiceCount.load({ clientId, issuedOnly }));
  }
  const before = args.after ? idOfCursor(args.after) : null;
  const where = `($1::int is null or client_id = $1) and (not $2 or status <> 'draft')`;
  const rows = await ctx.db.query(`select * from invoice where ${where} and ($3::int is null or id < $3) order by id desc limit $4`, [clientId ?? null, issuedOnly, before, limit + 1]);
  return connection(rows, limit, before != null, async () => (await ctx.db.query(`select count(*)::int as n from invoice where ${where}`, [clientId ?? null, issuedOnly]))[0].n);
}

/** One page of a client's services or domains, by id, as this server pages them; a first page is batched over every client of the request. */
async function childPage(ctx: Context, table: 'service' | 'domain', clientId: number, args: { first?: number; after?: string }) {
  const limit = pageSize(args.first);
  const count = () => ctx.loaders.childCount[table].load(clientId);
  if (!args.after) return connection(await ctx.loaders.firstChildren[table].load({ clientId, limit: limit + 1 }), limit, false, count);
  const after = idOfCursor(args.after);
  const rows = await ctx.db.query(`select * from ${table} where client_id = $1 and id > $2 order by id limit $3`, [clientId, after, limit + 1]);
  return connection(rows, limit, true, count);
}

/** A Relay connection from `limit` + 1 rows; totalCount is counted only when asked for. */
function connection(rows: Row[], limit: number, hasPreviousPage: boolean, count: () => Promise<number>) {
  const edges = rows.slice(0, limit).map((node) => ({ cursor: cursorOf(node.id), node }));
  return {
    edges,
    totalCount: count,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage, startCursor: edges[0]?.cursor, endCursor: edges.at(-1)?.cursor },
  };
}

const cursorOf = (id: number) => Buffer.from(`c:${id}`).toString('base64url');

function idOfCursor(cursor: string): number {
  const match = /^c:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

function pageSize(first: number | undefined): number {
  const size = first ?? 20;
  if (size < 0 || size > 100) throw new GraphQLError('first must be 0-100', { extensions: { code: 'BAD_USER_INPUT' } });
  return size;
}

const OPEN = ['unpaid', 'payment_pending', 'collections'];
const balanceDueMinor = (i: Row) =>
  i.status === 'draft' || OPEN.includes(i.status) ? BigInt(i.total_minor) - BigInt(i.credit_applied_minor) - BigInt(i.amount_paid_minor) : 0n;

function money(ctx: Context, minor: string | bigint, currency: string) {
  const decimals = ctx.db.decimals.get(currency) ?? 2;
  const value = BigInt(minor);
  const digits = (value < 0n ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  return { amount: `${value < 0n ? '-' : ''}${whole}${decimals ? `.${digits.slice(-decimals)}` : ''}`, currency };
}

const upper = (value: string) => value.toUpperCase();

function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.viewer;
}

function staffOnly(ctx: Context) {
  if (signedIn(ctx).kind !== 'staff') throw forbidden();
}

function ownClientOrStaff(ctx: Context, clientId: number) {
  const viewer = signedIn(ctx);
  if (viewer.kind === 'client' && viewer.clientId !== clientId) throw forbidden();
}

const forbidden = () => new GraphQLError('You may only access your own account', { extensions: { code: 'FORBIDDEN' } });
