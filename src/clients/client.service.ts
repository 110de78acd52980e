import { ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { ClientChange } from '../shared/event-bus';
import { publishOnCommit } from '../shared/after-commit';
import { ClientPermission } from '../auth/client-permission';
import { assertCanAccessClient } from '../auth/client-access';
import { keyIfIdOf, toId } from '../shared/ids';
import { badInput, conflict, conflictOnDuplicate, forbidden, notFound, FieldProblems } from '../shared/errors';
import { ID_ASC, keysetPage, pageOrder, type Connection, type PageArgs } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { contains, words } from '../shared/filters';
import { amountInput } from '../shared/money';
import { hashPassword } from '../auth/passwords';
import { revokeSessions } from '../auth/auth.service';
import { accountKey, admitRegistration, verifyCurrentPassword } from '../auth/login-throttle.service';
import { recordActivity } from '../activity/activity.service';
import { getOperatorSettings } from '../settings/settings.service';
import { currencyForUse, defaultCurrency } from '../currency/currency.service';
import { clientExtensions } from './client-extensions';
import { Client, ClientStatus, ClientType } from './client.entity';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { ClientUser } from './client-user.entity';
import { lockLoginNames, normaliseEmail } from './client-user.service';
import type {
  ClientFilter,
  ClientOrder,
  ClientProfileFields,
  ClientStaffFields,
  CreateClientInput,
  RegisterClientInput,
  UpdateClientInput,
  UpdateProfileInput,
} from './client.inputs';

export async function getClient(ctx: RequestContext, id: number): Promise<Client> {
  assertCanAccessClient(ctx, id);
  const client = await ctx.em.findOne(Client, { id });
  if (!client) throw notFound('Client', id);
  return client;
}

/** As getClient, for reading only: a plain row through the operation's loader, not an entity in its unit of work (issue 12.3). */
export async function readClient(ctx: RequestContext, id: number): Promise<Client> {
  assertCanAccessClient(ctx, id);
  const client = await ctx.loaders.client.load(id);
  if (!client) throw notFound('Client', id);
  return client;
}

/** Issue 4.1: the currency of a new client: the one asked for, else its project's default, else the operator's default. */
async function currencyOfNewClient(em: EntityManager, code: string | undefined, project: Project | undefined): Promise<string> {
  const chosen = code ?? project?.defaultCurrency;
  return (chosen ? await currencyForUse(em, chosen) : await defaultCurrency(em)).code;
}

/** CL-1: staff create a client with any field, an opening credit and a status. */
export async function createClient(ctx: RequestContext, input: CreateClientInput): Promise<Client> {
  const problems = new FieldProblems();
  assertNoNulls(input, problems);
  const refs = await resolveReferences(ctx.em, input, problems);
  problems.throwIfAny();
  const email = normaliseEmail(input.email);
  await assertEmailFree(ctx.em, email);
  const loginName = await loginNameOf(ctx.em, input.loginName);
  const secrets = await hashSecrets(input.password, input.securityAnswer);

  const client = await conflictOnDuplicate('email', EMAIL_TAKEN, () => ctx.em.transactional(async (em) => {
    await claimClientLogins(em, { email, loginName });
    const currency = await currencyOfNewClient(em, input.currency, refs.project);
    const openingCredit = input.openingCredit ? amountInput(input.openingCredit, currency, { field: 'openingCredit', allowed: 'notNegative' }) : 0n;
    const client = em.create(Client, {
      ...pickProfile(input),
      ...pickStaffFlags(input),
      email,
      currency,
      status: input.status ?? ClientStatus.ACTIVE,
      group: refs.group,
      project: refs.project,
      customLoginName: loginName,
      ...secrets,
    });
    assertComplete(client);
    await em.flush();
    if (openingCredit > 0n) clientExtensions().openingCredit(em, ctx, client, openingCredit);
    recordActivity(em, ctx, {
      action: 'client.create',
      targetType: 'Client',
      targetId: String(client.id),
      clientId: client.id,
      details: { email, openingCredit: input.openingCredit },
    });
    await publishClientChanged(em, client.id, 'CREATED');
    return client;
  }));
  return client;
}

/**
 * CL-4: self sign-up. The operator's required fields apply (CL-3) and the IP
 * is recorded (CL-2). Sign-ups per address are limited (issue 10.2), counted first.
 */
export async function registerClient(ctx: RequestContext, input: RegisterClientInput): Promise<Client> {
  await admitRegistration(ctx);
  const problems = new FieldProblems();
  assertNoNulls(input, problems);
  const project = input.projectId ? await problems.collectAsync(() => findReference(ctx.em, Project, input.projectId!, 'projectId')) : undefined;
  problems.throwIfAny();
  const email = normaliseEmail(input.email);
  await assertEmailFree(ctx.em, email);
  const settings = await getOperatorSettings(ctx.em);
  const secrets = await hashSecrets(input.password, input.securityAnswer);

  const client = await conflictOnDuplicate('email', EMAIL_TAKEN, () => ctx.em.transactional(async (em) => {
    await claimClientLogins(em, { email });
    const client = em.create(Client, {
      ...pickProfile(input),
      email,
      currency: await currencyOfNewClient(em, input.currency, project),
      project,
      registrationIp: ctx.ip,
      ...secrets,
    });
    assertComplete(client, settings.requiredClientFields);
    await em.flush();
    recordActivity(em, { viewer: { kind: 'client', clientId: client.id, sessionId: 0 }, ip: ctx.ip }, {
      action: 'client.register',
      targetType: 'Client',
      targetId: String(client.id),
      clientId: client.id,
    });
    await publishClientChanged(em, client.id, 'CREATED');
    return client;
  }));
  return client;
}

/** CL-1/CL-4: staff edit any field of any client. */
export async function updateClient(ctx: RequestContext, id: number, input: UpdateClientInput): Promise<Client> {
  const client = await getClient(ctx, id);
  const problems = new FieldProblems();
  assertNoNulls(input, problems);
  const refs = await resolveReferences(ctx.em, input, problems, id);
  problems.throwIfAny();
  if (input.email !== undefined) await assertEmailFree(ctx.em, normaliseEmail(input.email), id);
  const loginName = input.loginName !== undefined ? await loginNameOf(ctx.em, input.loginName, id) : undefined;
  const secrets = await hashSecrets(input.password, input.securityAnswer);
  const changed = changedFields(input);

  await conflictOnDuplicate('email', EMAIL_TAKEN, () => ctx.em.transactional(async (em) => {
    await claimClientLogins(em, { email: input.email != null ? normaliseEmail(input.email) : undefined, loginName }, id);
    em.assign(client, { ...pickProfile(input), ...pickStaffFlags(input), ...secrets });
    if (input.email !== undefined) client.email = normaliseEmail(input.email);
    if (input.loginName !== undefined) client.customLoginName = loginName;
    if (input.currency && input.currency !== client.currency) {
      await clientExtensions().assertCurrencyCanChange(em, client);
      client.currency = (await currencyForUse(em, input.currency)).code;
    }
    if (input.groupId !== undefined) client.group = ref(refs.group);
    if (input.projectId !== undefined) client.project = ref(refs.project);
    if (input.billingContactId !== undefined) client.billingContact = ref(refs.billingContact);
    assertComplete(client);
    // A new password ends the client's own sessions (issue 10.4).
    if (secrets.passwordHash) await revokeSessions(em, ownLoginSessions(id));
    recordActivity(em, ctx, { action: 'client.update', targetType: 'Client', targetId: String(id), clientId: id, details: { changed } });
    em.persist(client);
    await publishClientChanged(em, id, 'UPDATED');
  }));
  return client;
}

/**
 * CL-4: a client edits its own profile; the operator's required fields apply
 * (CL-3). Changing the login email or the password needs the current password
 * (counted like a login attempt); a new password ends the other sessions of
 * the client's own login (issue 10.4).
 */
export async function updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<Client> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'client') throw forbidden();
  assertCanAccessClient(ctx, viewer.clientId, ClientPermission.PROFILE);
  // The account's email and password belong to the account holder, not to its users.
  if (viewer.clientUserId != null && (input.email !== undefined || input.newPassword !== undefined)) {
    throw forbidden('Only the account holder changes the account\'s email or password', 'ACCOUNT_HOLDER_ONLY');
  }
  const client = await getClient(ctx, viewer.clientId);
  // The current password is judged together with the other fields (issue 13.5); the new email's owner only after it.
  const problems = new FieldProblems();
  assertNoNulls(input, problems);
  const emailChanges = input.email != null && normaliseEmail(input.email) !== client.email;
  if (emailChanges || input.newPassword !== undefined) {
    if (!input.currentPassword) problems.add('currentPassword', 'Give the current password to change the email or the password', 'VALUE_REQUIRED');
    else if (!(await verifyCurrentPassword(ctx, accountKey('client', client.email), client.passwordHash, input.currentPassword))) {
      problems.add('currentPassword', 'The current password is wrong', 'WRONG_PASSWORD');
    }
  }
  problems.throwIfAny();
  if (emailChanges) await assertEmailFree(ctx.em, normaliseEmail(input.email!), client.id);
  const passwordHash = input.newPassword !== undefined ? await hashPassword(input.newPassword) : undefined;
  const secrets = await hashSecrets(undefined, input.securityAnswer);
  const settings = await getOperatorSettings(ctx.em);
  const changed = changedFields(input).filter((f) => f !== 'currentPassword');

  await conflictOnDuplicate('email', EMAIL_TAKEN, () => ctx.em.transactional(async (em) => {
    if (emailChanges) await claimClientLogins(em, { email: normaliseEmail(input.email!) }, client.id);
    em.assign(client, { ...pickProfile(input), ...secrets });
    if (input.email !== undefined) client.email = normaliseEmail(input.email);
    if (passwordHash) client.passwordHash = passwordHash;
    assertComplete(client, settings.requiredClientFields);
    if (passwordHash) await revokeSessions(em, { $and: [ownLoginSessions(client.id), { id: { $ne: viewer.sessionId } }] });
    recordActivity(em, ctx, { action: 'client.profile.update', targetType: 'Client', targetId: String(client.id), clientId: client.id, details: { changed } });
    em.persist(client);
    await publishClientChanged(em, client.id, 'UPDATED');
  }));
  return client;
}

/**
 * CL-5: staff change the status. Closing a client ends its sessions and stops
 * new logins; nothing is deleted and invoicing of active services goes on.
 */
export async function setClientStatus(ctx: RequestContext, id: number, status: ClientStatus): Promise<Client> {
  const client = await getClient(ctx, id);
  const from = client.status;
  if (from === status) return client;
  await ctx.em.transactional(async (em) => {
    client.status = status;
    em.persist(client);
    if (status === ClientStatus.CLOSED) await revokeSessions(em, { client: id });
    recordActivity(em, ctx, { action: 'client.status', targetType: 'Client', targetId: String(id), clientId: id, details: { from, to: status } });
    await publishClientChanged(em, id, 'STATUS_CHANGED');
  });
  return client;
}

/** CL-6: list, search and filter clients, newest pages by id (keyset pagination). */
export async function listClients(ctx: RequestContext, filter: ClientFilter = {}, args: PageArgs, orderBy?: ClientOrder, withTotal = true, fields?: readonly string[]): Promise<Connection<Client>> {
  return readPage(ctx.em, Client, clientWhere(filter), keysetPage(args, pageOrder(orderBy, ID_ASC)), withTotal, fields);
}

function clientWhere(filter: ClientFilter): FilterQuery<Client> {
  const and: FilterQuery<Client>[] = [];
  if (filter.ids?.length) and.push({ id: { $in: filter.ids.map((id) => toId(id, 'Client', 'ids')) } });
  for (const word of words(filter.name)) {
    and.push({ $or: [{ firstName: { $ilike: contains(word) } }, { lastName: { $ilike: contains(word) } }] });
  }
  if (filter.company) and.push({ companyName: { $ilike: contains(filter.company) } });
  if (filter.email) and.push({ email: { $ilike: contains(filter.email) } });
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.groupId) and.push({ group: toId(filter.groupId, 'ClientGroup', 'groupId') });
  if (filter.projectId) and.push({ project: toId(filter.projectId, 'Project', 'projectId') });
  for (const word of words(filter.search)) {
    const like = { $ilike: contains(word) };
    const or: FilterQuery<Client>[] = [
      { firstName: like }, { lastName: like }, { companyName: like }, { email: like }, { phoneNumber: like }, { city: like },
    ];
    const id = keyIfIdOf(word, 'Client');
    if (id) or.push({ id });
    and.push({ $or: or });
  }
  return and.length ? { $and: and } : {};
}



/** The sessions of the client's own login (not its users', not staff impersonating it). */
const ownLoginSessions = (clientId: number) => ({ client: clientId, clientUser: null, impersonator: null });

const EMAIL_TAKEN = 'A client with this email exists already';

async function assertEmailFree(em: EntityManager, email: string, exceptId?: number) {
  const existing = await em.findOne(Client, { $or: [{ email }, { customLoginName: email }] }, { fields: ['id'] });
  if (existing && existing.id !== exceptId) throw conflict('email', EMAIL_TAKEN, 'VALUE_TAKEN');
  // A login email names one account: a user's (CL-12) email cannot become a client's.
  if (await em.count(ClientUser, { email })) throw conflict('email', EMAIL_TAKEN, 'VALUE_TAKEN');
}

/** In a transaction that gives a client these names: locked, then checked (see lockLoginNames). */
async function claimClientLogins(em: EntityManager, names: { email?: string; loginName?: string }, exceptId?: number): Promise<void> {
  await lockLoginNames(em, [names.email, names.loginName]);
  if (names.email !== undefined) await assertEmailFree(em, names.email, exceptId);
  if (names.loginName !== undefined) await loginNameOf(em, names.loginName, exceptId);
}

/**
 * CL-14: the login name staff give, lower case like an email. It signs in
 * like an email, so it names one login: another client's login name or email,
 * or a user's email, is a CONFLICT. Null or absent: the email.
 */
async function loginNameOf(em: EntityManager, given: string | null | undefined, exceptId?: number): Promise<string | undefined> {
  if (given == null) return undefined;
  const loginName = given.toLowerCase();
  const existing = await em.findOne(Client, { $or: [{ customLoginName: loginName }, { email: loginName }] }, { fields: ['id'] });
  if ((existing && existing.id !== exceptId) || (await em.count(ClientUser, { email: loginName }))) {
    throw conflict('loginName', 'Another client or user signs in with this name', 'VALUE_TAKEN');
  }
  return loginName;
}

/** Input fields that cannot be cleared: an explicit null is bad input, not a database error. */
const NOT_NULLABLE = [
  'firstName', 'lastName', 'email', 'type', 'language', 'marketingEmailsOptOut', 'lateFeeExempt', 'overdueNoticesDisabled',
  'taxExempt', 'separateInvoices', 'cardProcessingDisabled', 'statusAutoUpdateDisabled', 'singleSignOnAllowed',
  'currency', 'password', 'newPassword', 'securityAnswer',
] as const;

function assertNoNulls(input: object, problems: FieldProblems) {
  for (const field of NOT_NULLABLE) {
    if ((input as Record<string, unknown>)[field] === null) problems.add(field, `${field} cannot be null`, 'VALUE_REQUIRED');
  }
}

/** A company's name and the operator's required fields (CL-3), every missing one at once, so a sign-up form can mark them all. */
function assertComplete(client: Client, required: string[] = []) {
  const problems = new FieldProblems();
  if (client.type === ClientType.COMPANY && !client.companyName?.trim()) problems.add('companyName', 'A company client needs a company name', 'VALUE_REQUIRED');
  for (const field of required) {
    if (field === 'companyName' && client.type === ClientType.COMPANY) continue; // checked above
    const value = (client as unknown as Record<string, unknown>)[field];
    if (value === undefined || value === null || String(value).trim() === '') problems.add(field, `${field} is required`, 'VALUE_REQUIRED');
  }
  problems.throwIfAny();
}

async function hashSecrets(password: string | undefined, securityAnswer: string | undefined) {
  return {
    ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}),
    // Answers are compared case-insensitively when support verifies a caller.
    ...(securityAnswer !== undefined ? { securityAnswerHash: await hashPassword(securityAnswer.trim().toLowerCase()) } : {}),
  };
}

const PROFILE_FIELDS = [
  'firstName', 'lastName', 'type', 'companyName', 'contactPerson', 'address1', 'address2', 'city', 'state',
  'postcode', 'country', 'phoneNumber', 'language', 'marketingEmailsOptOut', 'securityQuestion',
] as const;

const STAFF_FLAGS = [
  'lateFeeExempt', 'overdueNoticesDisabled', 'taxExempt', 'separateInvoices', 'cardProcessingDisabled',
  'statusAutoUpdateDisabled', 'singleSignOnAllowed', 'defaultPaymentMethod', 'adminNotes', 'attitude', 'verifiedPhone',
] as const;

const pickProfile = <T extends ClientProfileFields>(input: T) => pick(input, PROFILE_FIELDS);
const pickStaffFlags = <T extends ClientStaffFields>(input: T) => pick(input, STAFF_FLAGS);

/** The keys of `input` that are set; a key the input type requires stays required. */
function pick<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key];
  return out;
}

/** Names of the fields an input sets, for the activity log (never their secret values). */
const changedFields = (input: object) => Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);

/** The records the input names; each one that does not exist (or is not the client's) is one of `problems`. */
async function resolveReferences(em: EntityManager, input: ClientStaffFields, problems: FieldProblems, clientId?: number) {
  const group = input.groupId ? await problems.collectAsync(() => findReference(em, ClientGroup, input.groupId!, 'groupId')) : undefined;
  const project = input.projectId ? await problems.collectAsync(() => findReference(em, Project, input.projectId!, 'projectId')) : undefined;
  let billingContact: Contact | undefined;
  if (input.billingContactId) {
    billingContact = await problems.collectAsync(() => findReference(em, Contact, input.billingContactId!, 'billingContactId'));
    if (billingContact && billingContact.client.id !== clientId) problems.add('billingContactId', 'The billing contact must be one of the client\'s contacts', 'REFERENCE_NOT_FOUND');
  }
  return { group, project, billingContact };
}

async function findReference<T extends { id: number }>(
  em: EntityManager,
  entity: new () => T,
  id: string,
  field: string,
): Promise<T> {
  const found = await em.findOne(entity, { id: toId(id, entity.name, field) });
  if (!found) throw badInput(field, `${field} ${id} does not exist`, 'REFERENCE_NOT_FOUND');
  return found as T;
}

/** Publishes the change once the transaction `em` works in has committed. */
function publishClientChanged(em: EntityManager, clientId: number, change: ClientChange): Promise<void> {
  return publishOnCommit(em, 'CLIENT_CHANGED', { change, clientId, at: new Date().toISOString() });
}

