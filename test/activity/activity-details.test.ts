/**
 * Issue 13.3: the activity log's details name records by their global ids,
 * never by table keys. Every detail key ending in "Id" that src/ writes is
 * either mapped to its type or declared not to be a record key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DETAIL_ID_TYPES, NOT_RECORD_KEYS, detailsForApi } from '../../src/activity/activity-details';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const CREATE_CLIENT = graphql(`mutation ActivityDetailsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation ActivityDetailsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const ADD_DISCOUNT = graphql(`mutation ActivityDetailsAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }`);
const DISCOUNT_LOG = graphql(`query ActivityDetailsDiscountLog($c: ID!) { activityLog(filter: { clientId: $c, action: "client.discount.add" }, first: 1) { edges { node { details } } } }`);
const NODES = graphql(`query ActivityDetailsNodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`);

/** The keys of every `details: { … }` object literal in src/ that end in "Id". */
function detailKeysInSource(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const start of text.matchAll(/details: \{/g)) {
          let depth = 1;
          let i = start.index! + start[0].length;
          for (; depth; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
          const body = text.slice(start.index! + start[0].length, i - 1);
          for (const key of body.matchAll(/(?:^|[{,])\s*(\w+Id)\s*(?=[:,}]|$)/g)) keys.add(key[1]);
        }
      }
    }
  };
  walk(join(__dirname, '../../src'));
  return keys;
}

describe('issue 13.3: activity details show global ids', () => {
  it('every "…Id" key written to activity details is mapped to its type or declared not a record key', () => {
    const keys = detailKeysInSource();
    expect(keys.size).toBeGreaterThan(10);
    const unmapped = [...keys].filter((key) => !(key in DETAIL_ID_TYPES) && !NOT_RECORD_KEYS.has(key));
    expect(unmapped).toEqual([]);
  });

  it('record keys become global ids; other values and keys outside the map stay as stored', () => {
    expect(detailsForApi({ jobId: 7, paymentId: '12', messageId: '<a@b>', from: 'active', serverId: null })).toEqual({
      jobId: Buffer.from('ModuleJob:7').toString('base64url'),
      paymentId: Buffer.from('Transaction:12').toString('base64url'),
      messageId: '<a@b>', from: 'active', serverId: null,
    });
  });

  describe('over the wire', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t?.stop());

    it('a personal discount\'s entry names the discount and the product by the ids the API gave them, which node() finds', async () => {
      const admin = await t.staffToken(StaffRole.ADMIN);
      const client = ok(await t.gql(CREATE_CLIENT,
        { i: { firstName: 'Act', lastName: 'Details', email: `act-details-${Date.now()}@example.com`, currency: 'EUR' } }, admin)).createClient.id;
      const product = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Detail hosting', type: 'OTHER' } }, admin)).createProduct.id;
      const discount = ok(await t.gql(ADD_DISCOUNT,
        { i: { clientId: client, productId: product, type: 'PERCENT', value: '10' } }, admin)).addClientDiscount.id;
      const log = ok(await t.gql(DISCOUNT_LOG, { c: client }, admin)).activityLog;
      const details = log.edges[0].node.details as { discountId: string; productId: string };
      expect(details).toMatchObject({ discountId: discount, productId: product });
      expect(keyOf(details.discountId)).toBeGreaterThan(0);
      const found = ok(await t.gql(NODES, { ids: [details.discountId, details.productId] }, admin)).nodes;
      expect(found).toEqual([{ id: discount, __typename: 'ClientDiscount' }, { id: product, __typename: 'Product' }]);
    });
  });
});
