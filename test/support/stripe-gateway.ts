import { startStripeTestServer, type StripeTestServer } from '../servers/stripe-server';
import { graphql } from '../generated';
import { ok, type TestApp } from './test-app';

const CONFIGURE = graphql(`mutation StripeGatewayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies } }`);

export interface StripeGateway extends StripeTestServer {
  /** The stripe gateway's settings pointing at this server, with another API key if given. */
  settings(secretKey?: string): Record<string, unknown>;
}

/**
 * Starts the Stripe test server, its webhooks going to the app's callback,
 * and configures the stripe gateway against it for EUR as `admin`.
 * Stop it with `stop()` after the app.
 */
export async function startStripeGateway(t: TestApp, admin: string, { secretKey = 'sk_test_hostbill', webhookSecret = 'whsec_hostbill' } = {}): Promise<StripeGateway> {
  const server = await startStripeTestServer({ secretKey, webhookSecret, webhookUrl: () => t.url.replace(/\/graphql$/, '/gateways/stripe/callback') });
  const settings = (key = secretKey) => ({ secretKey: key, webhookSecret, apiHost: 'localhost', apiPort: server.port, apiProtocol: 'http' });
  const configured = ok(await t.gql(CONFIGURE, { i: { module: 'stripe', enabled: true, currencies: ['EUR'], settings: settings() } }, admin)).configurePaymentGateway;
  expect(configured).toEqual({ module: 'stripe', enabled: true, currencies: ['EUR'] });
  return Object.assign(server, { settings });
}
