import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems, conflict, conflictOnDuplicate, forbidden, notFound } from '../shared/errors';
import { hashPassword } from '../auth/passwords';
import { ClientPermission } from '../auth/client-permission';
import { publishSessionChange, revokeSessions } from '../auth/auth.service';
import { recordActivity } from '../activity/activity.service';
import { Client } from './client.entity';
import { ClientUser } from './client-user.entity';
import type { Contact } from './contact.entity';
import { assertAccountOwner, assertFieldPermission } from '../auth/client-access';
import { clientRows } from './client-ownership';
import { readAll } from '../shared/reads';

export interface ClientUserInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  password?: string;
  permissions?: ClientPermission[];
  active?: boolean;
}

const LOGIN_TAKEN = 'This email is the login of another account or user';

/** A login email names exactly one account: no client and no other user may have it. */
export async function assertLoginEmailFree(em: EntityManager, email: string, exceptUserId?: number): Promise<void> {
  const [client, user] = await readAll(em, [
    // CL-14: a client's login name signs in like an email.
    () => em.findOne(Client, { $or: [{ email }, { customLoginName: email }] }, { fields: ['id'] }),
    () => em.findOne(ClientUser, { email }, { fields: ['id'] }),
  ]);
  if (client || (user && user.id !== exceptUserId)) throw conflict('email', LOGIN_TAKEN, 'VALUE_TAKEN');
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Client emails, login names (CL-14) and user emails sign in alike, so they
 * share one namespace spread over three columns that no unique index spans.
 * A transaction that gives out such names first takes these locks (held to
 * its commit) and then checks again: of two concurrent claims of one name the
 * second sees the first's row.
 */
export async function lockLoginNames(em: EntityManager, names: (string | undefined)[]): Promise<void> {
  for (const name of [...new Set(names.filter((name) => name !== undefined))].sort()) {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`login-name:${name}`]);
  }
}

/** In a transaction that gives a user `email`: locked, then checked (see lockLoginNames). */
async function claimLoginEmail(em: EntityManager, email: string, exceptUserId?: number): Promise<void> {
  await lockLoginNames(em, [email]);
  await assertLoginEmailFree(em, email, exceptUserId);
}

const uniquePermissions = (permissions: ClientPermission[]) => [...new Set(permissions)];

/** CL-12: the account holder (or staff) adds a user with its own login and permissions. */
export async function createClientUser(ctx: RequestContext, clientId: number, input: Required<Pick<ClientUserInput, 'email' | 'firstName' | 'lastName' | 'password'>> & ClientUserInput): Promise<ClientUser> {
  assertAccountOwner(ctx, clientId);
  assertNoNulls(input);
  const client = await ctx.em.findOne(Client, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  const email = normaliseEmail(input.email);
  await assertLoginEmailFree(ctx.em, email);
  const passwordHash = await hashPassword(input.password);
  return conflictOnDuplicate('email', LOGIN_TAKEN, () => ctx.em.transactional(async (em) => {
    await claimLoginEmail(em, email);
    const user = em.create(ClientUser, {
      client,
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      passwordHash,
      permissions: uniquePermissions(input.permissions ?? []),
      active: input.active ?? true,
    });
    await em.flush();
    recordActivity(em, ctx, { action: 'client.user.create', targetType: 'ClientUser', targetId: String(user.id), clientId, details: { email, permissions: user.permissions } });
    return user;
  }));
}

export async function updateClientUser(ctx: RequestContext, id: number, input: ClientUserInput): Promise<ClientUser> {
  const user = await findUser(ctx, id);
  const problems = new FieldProblems();
  if (user.contact && input.email !== undefined) problems.add('email', 'A sub-account\'s login is the contact\'s email: change the contact', 'SUB_ACCOUNT_CONTACT');
  assertNoNulls(input, problems);
  problems.throwIfAny();
  const email = input.email !== undefined ? normaliseEmail(input.email) : undefined;
  if (email !== undefined && email !== user.email) await assertLoginEmailFree(ctx.em, email, id);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  await conflictOnDuplicate('email', LOGIN_TAKEN, () => ctx.em.transactional(async (em) => {
    if (email !== undefined && email !== user.email) await claimLoginEmail(em, email, id);
    applyUserChanges(user, { ...input, email }, passwordHash);
    if (passwordHash || input.active === false) await revokeSessions(em, { clientUser: id });
    else if (input.permissions !== undefined) await publishSessionChange(em, { clientUserId: id });
    recordActivity(em, ctx, {
      action: 'client.user.update', targetType: 'ClientUser', targetId: String(id), clientId: user.client.id,
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined) },
    });
    em.persist(user);
  }));
  return user;
}

export async function deleteClientUser(ctx: RequestContext, id: number): Promise<boolean> {
  const user = await findUser(ctx, id);
  if (user.contact) throw badInput('id', 'This user is a sub-account contact: remove the contact\'s sub-account instead', 'SUB_ACCOUNT_CONTACT');
  await ctx.em.transactional(async (em) => {
    await revokeSessions(em, { clientUser: id });
    await em.nativeDelete(ClientUser, { id });
    recordActivity(em, ctx, { action: 'client.user.delete', targetType: 'ClientUser', targetId: String(id), clientId: user.client.id, details: { email: user.email } });
  });
  return true;
}

export async function listClientUsers(ctx: RequestContext, clientId: number): Promise<ClientUser[]> {
  if (ctx.viewer?.kind === 'client' && ctx.viewer.clientUserId != null) throw forbidden('Only the account holder sees the users of the account', 'ACCOUNT_HOLDER_ONLY');
  return ctx.loaders.usersByClient.load(clientId);
}

/** CT-4: the login of a sub-account contact, visible to whoever may see the contact. */
export async function subAccountOf(ctx: RequestContext, contact: Contact): Promise<ClientUser | null> {
  assertFieldPermission(ctx, ClientPermission.CONTACTS);
  return (await ctx.loaders.clientUserByContact.load(contact.id)) ?? null;
}

/**
 * CT-4: creates, changes or removes the login of a contact inside the
 * caller's transaction. Only the account holder or staff may, so a user
 * cannot hand out permissions.
 */
export async function applySubAccount(
  ctx: RequestContext,
  em: EntityManager,
  contact: Contact,
  change: { subAccount?: ClientUserInput; remove?: boolean; emailChanged?: boolean },
): Promise<void> {
  const clientId = contact.client.id;
  const existing = contact.id ? await em.findOne(ClientUser, { contact: contact.id }) : null;
  if (change.remove) {
    assertAccountOwner(ctx, clientId);
    if (existing) {
      await revokeSessions(em, { clientUser: existing.id });
      await em.nativeDelete(ClientUser, { id: existing.id });
      recordActivity(em, ctx, { action: 'contact.subaccount.remove', targetType: 'Contact', targetId: String(contact.id), clientId });
    }
    return;
  }
  if (change.subAccount) {
    assertAccountOwner(ctx, clientId);
    assertNoNulls(change.subAccount);
    if (!existing && !change.subAccount.password) throw badInput('password', 'A new sub-account needs a password', 'VALUE_REQUIRED');
    const passwordHash = change.subAccount.password ? await hashPassword(change.subAccount.password) : undefined;
    if (!existing) {
      await claimLoginEmail(em, contact.email);
      const user = em.create(ClientUser, {
        client: clientId,
        contact,
        email: contact.email,
        firstName: contact.firstName,
        lastName: contact.lastName,
        passwordHash: passwordHash!,
        permissions: uniquePermissions(change.subAccount.permissions ?? []),
        active: change.subAccount.active ?? true,
      });
      await em.flush();
      recordActivity(em, ctx, { action: 'contact.subaccount.create', targetType: 'Contact', targetId: String(contact.id), clientId, details: { permissions: user.permissions } });
      return;
    }
    applyUserChanges(existing, { ...change.subAccount, email: undefined }, passwordHash);
    if (passwordHash || change.subAccount.active === false) await revokeSessions(em, { clientUser: existing.id });
    else if (change.subAccount.permissions !== undefined) await publishSessionChange(em, { clientUserId: existing.id });
    recordActivity(em, ctx, { action: 'contact.subaccount.update', targetType: 'Contact', targetId: String(contact.id), clientId, details: { permissions: existing.permissions } });
  }
  if (existing) {
    // The sub-account's login and name follow the contact. Its login email is a user's login: the account holder's (or staff's) to change.
    if (change.emailChanged && existing.email !== contact.email) {
      assertAccountOwner(ctx, clientId);
      await claimLoginEmail(em, contact.email, existing.id);
    }
    existing.email = contact.email;
    existing.firstName = contact.firstName;
    existing.lastName = contact.lastName;
  }
}

function applyUserChanges(user: ClientUser, input: ClientUserInput, passwordHash?: string) {
  if (input.email !== undefined) user.email = input.email;
  if (input.firstName !== undefined) user.firstName = input.firstName.trim();
  if (input.lastName !== undefined) user.lastName = input.lastName.trim();
  if (input.permissions !== undefined) user.permissions = uniquePermissions(input.permissions);
  if (input.active !== undefined) user.active = input.active;
  if (passwordHash) user.passwordHash = passwordHash;
}

async function findUser(ctx: RequestContext, id: number): Promise<ClientUser> {
  const user = await ctx.em.findOne(ClientUser, { id });
  if (!user) throw notFound('ClientUser', id);
  assertAccountOwner(ctx, user.client.id, ['ClientUser', id]);
  return user;
}

/** Every field sent as null that may not be, into `problems` (thrown here when none is given). */
function assertNoNulls(input: object, problems?: FieldProblems) {
  const collected = problems ?? new FieldProblems();
  for (const field of ['email', 'firstName', 'lastName', 'password', 'permissions', 'active']) {
    if ((input as Record<string, unknown>)[field] === null) collected.add(field, `${field} cannot be null`, 'VALUE_REQUIRED');
  }
  if (!problems) collected.throwIfAny();
}

/** CL-7: users move to the survivor (BILLmanager does the same); CL-8: they go with the client. */
export const clientUserOwnedRecords = clientRows('client-users', [ClientUser]);
