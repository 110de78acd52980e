import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { FieldProblems, notFound } from '../shared/errors';
import { ClientPermission } from '../auth/client-permission';
import { recordActivity } from '../activity/activity.service';
import { Client } from './client.entity';
import { Contact } from './contact.entity';
import { ClientUser } from './client-user.entity';
import type { CreateContactInput, UpdateContactInput } from './contact.inputs';
import { assertAccountOwner, assertCanAccessClient, assertFieldPermission } from '../auth/client-access';
import { applySubAccount, normaliseEmail } from './client-user.service';
import { clientRows, type OwnedRecords } from './client-ownership';
import { revokeSessions } from '../auth/auth.service';
import { updateRows } from '../shared/update-rows';

const OPTIONAL_FIELDS = ['companyName', 'phoneNumber', 'address1', 'address2', 'city', 'state', 'postcode', 'country'] as const;
const REQUIRED_FIELDS = ['firstName', 'lastName', 'email'] as const;

/** CT-1: staff add a contact to any client; a client (or a user with CONTACTS) to its own. */
export async function createContact(ctx: RequestContext, clientId: number, input: CreateContactInput): Promise<Contact> {
  assertCanAccessClient(ctx, clientId, ClientPermission.CONTACTS);
  assertValid(input);
  const client = await ctx.em.findOne(Client, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  const contact = await ctx.em.transactional(async (em) => {
    const contact = em.create(Contact, {
      client,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: normaliseEmail(input.email),
      emailCategories: [...new Set(input.emailCategories ?? [])],
      ...pickOptional(input),
    });
    await em.flush();
    if (input.billingContact) client.billingContact = ref(contact);
    await applySubAccount(ctx, em, contact, { subAccount: input.subAccount });
    recordActivity(em, ctx, { action: 'contact.create', targetType: 'Contact', targetId: String(contact.id), clientId, details: { email: contact.email } });
    return contact;
  });
  return contact;
}

/** CT-1..CT-4: change a contact, its categories, billing-contact status or sub-account. */
export async function updateContact(ctx: RequestContext, id: number, input: UpdateContactInput): Promise<Contact> {
  const contact = await findContact(ctx, id);
  assertValid(input);
  const clientId = contact.client.id;
  await ctx.em.transactional(async (em) => {
    const emailBefore = contact.email;
    if (input.firstName !== undefined) contact.firstName = input.firstName.trim();
    if (input.lastName !== undefined) contact.lastName = input.lastName.trim();
    if (input.email !== undefined) contact.email = normaliseEmail(input.email);
    if (input.emailCategories !== undefined) contact.emailCategories = [...new Set(input.emailCategories)];
    Object.assign(contact, pickOptional(input));
    em.persist(contact);
    if (input.billingContact !== undefined) {
      const client = await em.findOneOrFail(Client, { id: clientId });
      if (input.billingContact) client.billingContact = ref(contact);
      else if (client.billingContact?.id === contact.id) client.billingContact = undefined;
    }
    await applySubAccount(ctx, em, contact, { subAccount: input.subAccount, remove: input.removeSubAccount, emailChanged: contact.email !== emailBefore });
    recordActivity(em, ctx, { action: 'contact.update', targetType: 'Contact', targetId: String(id), clientId, details: { changed: changedFields(input) } });
  });
  return contact;
}

/** CT-1: deletes a contact and its login; when it was the billing contact the client has none afterwards (CT-3). */
export async function deleteContact(ctx: RequestContext, id: number): Promise<boolean> {
  const contact = await findContact(ctx, id);
  const clientId = contact.client.id;
  const login = await ctx.em.findOne(ClientUser, { contact: id }, { fields: ['id'] });
  // Removing a login is the account holder's (or staff's) call, as creating one is.
  if (login) assertAccountOwner(ctx, clientId);
  await ctx.em.transactional(async (em) => {
    await updateRows(em, Client, { billingContact: id }, { billingContact: null });
    if (login) await revokeSessions(em, { clientUser: login.id });
    await em.nativeDelete(ClientUser, { contact: id });
    await em.nativeDelete(Contact, { id });
    recordActivity(em, ctx, { action: 'contact.delete', targetType: 'Contact', targetId: String(id), clientId, details: { email: contact.email } });
  });
  return true;
}

export async function getContact(ctx: RequestContext, id: number): Promise<Contact> {
  return findContact(ctx, id);
}

/** CT-1: the contacts of a client (CONTACTS permission for users), batched per request. */
export async function contactsOf(ctx: RequestContext, clientId: number): Promise<Contact[]> {
  assertFieldPermission(ctx, ClientPermission.CONTACTS);
  return ctx.loaders.contactsByClient.load(clientId);
}

/** CT-3: the client's billing contact (CONTACTS permission for users). */
export async function billingContactOf(ctx: RequestContext, client: Client): Promise<Contact | null> {
  if (!client.billingContact) return null;
  assertFieldPermission(ctx, ClientPermission.CONTACTS);
  return (await ctx.loaders.contact.load(client.billingContact.id)) ?? null;
}

async function findContact(ctx: RequestContext, id: number): Promise<Contact> {
  const contact = await ctx.em.findOne(Contact, { id });
  if (!contact) throw notFound('Contact', id);
  assertCanAccessClient(ctx, contact.client.id, ClientPermission.CONTACTS, ['Contact', id]);
  return contact;
}

/** Required fields may not be blank or null; the others are cleared with null. */
/** Every problem of a contact's input at once. */
function assertValid(input: Partial<CreateContactInput> & { removeSubAccount?: boolean | null }) {
  const problems = new FieldProblems();
  for (const field of REQUIRED_FIELDS) {
    const value = input[field] as unknown;
    if (value === null || (typeof value === 'string' && !value.trim())) problems.add(field, `${field} is required`, 'VALUE_REQUIRED');
  }
  for (const field of ['emailCategories', 'billingContact', 'subAccount', 'removeSubAccount'] as const) {
    if ((input as Record<string, unknown>)[field] === null) problems.add(field, `${field} cannot be null`, 'VALUE_REQUIRED');
  }
  if (input.removeSubAccount && input.subAccount) problems.add('removeSubAccount', 'Either change or remove the sub-account, not both', 'CONFLICTING_INPUT');
  problems.throwIfAny();
}

function pickOptional(input: Partial<CreateContactInput>) {
  const out: Record<string, unknown> = {};
  for (const field of OPTIONAL_FIELDS) {
    const value = input[field];
    if (value !== undefined) out[field] = value === null ? undefined : value;
  }
  return out;
}

const changedFields = (input: object) =>
  Object.keys(input).filter((k) => k !== 'subAccount' && (input as Record<string, unknown>)[k] !== undefined);

const contactRows = clientRows('contacts', [Contact]);
/** CL-7: contacts move to the survivor; CL-8: they go with the client. */
export const contactOwnedRecords: OwnedRecords = {
  ...contactRows,
  async deleteForClient(em, client) {
    // The client's billing contact is one of them.
    await updateRows(em, Client, { id: client.id }, { billingContact: null });
    await contactRows.deleteForClient(em, client);
  },
};
