import { ok, type TestApp } from './test-app';
import { graphql } from '../generated';
import type { CreateClientInput, CreateDomainInput, CreateProductInput, CreateServerInput, CreateServiceInput } from '../generated/graphql';

/**
 * Set-up records many test files need, created by staff over GraphQL: clients (with a login), products,
 * services and the module servers for the protocol test servers. Each helper creates exactly the input
 * it is given (plus a unique email where none is), so a test still states every field that matters to it.
 */
const CREATE_CLIENT = graphql(`mutation FixturesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation FixturesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_SERVER = graphql(`mutation FixturesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation FixturesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`);
const CREATE_DOMAIN = graphql(`mutation FixturesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`);

/** The password `clientWithLogin` gives a client unless told another. */
export const CLIENT_PASSWORD = 'client-password-1';

/** Anything that sends GraphQL like a TestApp (a test app, or a thin wrapper around a spawned server). */
type Api = Pick<TestApp, 'gql'>;

let seq = 0;
/** An email address unique in this process and across parallel test processes: `prefix-<n>-<pid>@domain`. */
export const uniqueEmail = (prefix: string, domain = 'example.com') => `${prefix}-${++seq}-${process.pid}@${domain}`;

/** A full postal address and phone number: what a registry needs of a domain's registrant. */
export const REGISTRANT_ADDRESS = { address1: '1 Main Street', city: 'Berlin', postcode: '10115', country: 'DE', phoneNumber: '+49.301234567' };

type ClientInput = Partial<CreateClientInput> & Pick<CreateClientInput, 'firstName' | 'lastName'>;

/** A client created by staff from `input`; a unique `client-…` email when the input has none. */
export async function createClient(t: Api, token: string, input: ClientInput): Promise<{ id: string; email: string }> {
  const email = input.email ?? uniqueEmail('client');
  const { id } = ok(await t.gql(CREATE_CLIENT, { i: { ...input, email } }, token)).createClient;
  return { id, email };
}

/** A client created by staff from `input` with a password (CLIENT_PASSWORD by default), logged in over GraphQL. */
export async function clientWithLogin(t: Api & Pick<TestApp, 'clientToken'>, token: string, input: ClientInput): Promise<{ id: string; email: string; token: string }> {
  const password = input.password ?? CLIENT_PASSWORD;
  const client = await createClient(t, token, { ...input, password });
  return { ...client, token: await t.clientToken(client.email, password) };
}

export async function createProduct(t: Api, token: string, input: CreateProductInput): Promise<string> {
  return ok(await t.gql(CREATE_PRODUCT, { i: input }, token)).createProduct.id;
}

export async function createService(t: Api, token: string, input: CreateServiceInput): Promise<string> {
  return ok(await t.gql(CREATE_SERVICE, { i: input }, token)).createService.id;
}

export async function createDomain(t: Api, token: string, input: CreateDomainInput): Promise<string> {
  return ok(await t.gql(CREATE_DOMAIN, { i: input }, token)).createDomain.id;
}

export async function createServer(t: Api, token: string, input: CreateServerInput): Promise<string> {
  return ok(await t.gql(CREATE_SERVER, { i: input }, token)).createServer.id;
}

/** The spam filter's options of an incoming-only product. */
const INCOMING_ONLY = { incoming: true, outgoing: false, archiving: false };

/** A spam-filter product (`OTHER`, incoming only unless `extra` says otherwise). */
export async function createSpamFilterProduct(t: Api, token: string, name: string, extra: Partial<CreateProductInput> = {}): Promise<string> {
  return createProduct(t, token, { name, type: 'OTHER', module: 'spam-filter', productOptions: INCOMING_ONLY, ...extra });
}

/** A spam-filter server pointing at a SpamExperts test server (plain HTTP on 127.0.0.1). */
export async function createSpamFilterServer(
  t: Api, token: string,
  api: { port: number; username: string; password: string },
  { name = 'spamexperts-1', defaultDestination = 'mail.hosting.example:2525', password = api.password } = {},
): Promise<string> {
  return createServer(t, token, {
    name, module: 'spam-filter', hostname: '127.0.0.1', port: api.port, secure: false,
    settings: { username: api.username, password, defaultDestination },
  });
}

/** A Plesk server for the Plesk test panel (HTTPS on 127.0.0.1, its certificate pinned unless `certificateFingerprint` says otherwise). */
export async function createPleskServer(
  t: Api, token: string,
  plesk: { port: number; certificate?: { fingerprint256: string } },
  { name = 'plesk-1', certificateFingerprint = plesk.certificate!.fingerprint256, ...extra }: Partial<CreateServerInput> & { certificateFingerprint?: string } = {},
): Promise<string> {
  return createServer(t, token, {
    name, module: 'plesk', hostname: '127.0.0.1', port: plesk.port, secure: true, ...extra,
    settings: { username: 'admin', password: 'admin-pass', certificateFingerprint },
  });
}

/** A DNS manager server for a PowerDNS API (plain HTTP on 127.0.0.1) with the operator's two nameservers. */
export async function createDnsManagerServer(
  t: Api, token: string,
  { name, port, apiKey, defaultIpv4, mailHost }: { name: string; port: number; apiKey: string; defaultIpv4: string; mailHost: string },
): Promise<string> {
  return createServer(t, token, {
    name, module: 'dns-manager', hostname: '127.0.0.1', port, secure: false,
    settings: { apiKey, nameservers: ['ns1.hosting-operator.example', 'ns2.hosting-operator.example'], defaultIpv4, mailHost, suspensionIpv4: '203.0.113.99' },
  });
}

/** A registrar server for an EPP test server (TLS with its own CA), registrar account `hbreg`. */
export async function createRegistrarServer(
  t: Api, token: string,
  registry: { port: number; certificate: { cert: string } },
  { name = 'EPP registry', password }: { name?: string; password: string },
): Promise<string> {
  return createServer(t, token, {
    name, module: 'registrar', hostname: '127.0.0.1', port: registry.port, secure: true,
    settings: { clientId: 'hbreg', password, caCertificate: registry.certificate.cert, defaultNameservers: ['ns1.hosting-operator.example', 'ns2.hosting-operator.example'] },
  });
}
