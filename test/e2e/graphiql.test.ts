import type { Browser, Page } from 'puppeteer-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { blockOtherOrigins, describeWithChromium, launchOfflineChromium } from '../support/chromium';

const REGISTER = `mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`;

/** What the page's response pane shows. */
const responsePane = (page: Page) =>
  page.evaluate(() => (globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue() as string | undefined);

/** Types into the Headers editor as a user would (its brackets and quotes close themselves). */
async function typeHeaders(page: Page, headers: string): Promise<string> {
  const editor = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
  await page.waitForSelector(editor, { visible: true });
  await page.click(editor);
  await page.keyboard.type(headers);
  return page.$eval(editor, (element) => (element as any).CodeMirror.getValue() as string);
}

/** Clicks ▶ and waits until the response pane shows JSON that contains `text`. */
async function run(page: Page, text: string): Promise<any> {
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    (expected) => ((globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue() ?? '').includes(expected),
    { timeout: 15_000 },
    text,
  );
  return JSON.parse((await responsePane(page))!);
}

describeWithChromium('issue 13.1: GraphiQL on GET /graphql, offline', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let staff: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp(), launchOfflineChromium()]);
    origin = new URL(t.url).origin;
    staff = await t.staffToken();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** Opens the IDE with `query` preloaded, every other origin blocked; returns what was blocked and the page errors. */
  async function openIde(query: string) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const blocked = await blockOtherOrigins(page, [origin]);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${t.url}?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button');
    return { page, blocked, errors, close: () => context.close() };
  }

  it('issue 13.1: the page loads with the network blocked (no CDN, no web fonts) and runs a query with the Authorization header typed into Headers', async () => {
    const ide = await openIde('{ me { staff { email } } }');
    try {
      // Without a token nobody is logged in: me is null.
      expect(await run(ide.page, '"me": null')).toEqual({ data: { me: null } });

      const typed = await typeHeaders(ide.page, `{"Authorization": "Bearer ${staff}"}`);
      expect(JSON.parse(typed)).toEqual({ Authorization: `Bearer ${staff}` });
      await ide.page.evaluate(() => ((globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror.setValue('')));
      const me = await t.gql(`{ me { staff { email } } }`, {}, staff);
      expect(await run(ide.page, '@example.com')).toEqual({ data: { me: { staff: { email: me.data.me.staff.email } } } });

      expect(ide.blocked).toEqual([]);
      expect(ide.errors).toEqual([]);
      // Everything it loaded came from this server.
      const loaded = await ide.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(loaded.length).toBeGreaterThanOrEqual(6);
      expect(loaded.filter((url) => !url.startsWith(origin))).toEqual([]);
    } finally {
      await ide.close();
    }
  }, 60_000);

  it('issue 13.1: a subscription run from the page receives events over graphql-ws with the typed Authorization', async () => {
    const registered = await t.gql(REGISTER, { i: { firstName: 'Ide', lastName: 'Watcher', email: 'ide-watcher@example.com', password: 'client-password-1' } });
    const clientId = registered.data.registerClient.id;

    const ide = await openIde('subscription { clientChanged { clientId change client { city } } }');
    try {
      await typeHeaders(ide.page, `{"Authorization": "Bearer ${staff}"}`);
      await ide.page.click('.graphiql-execute-button');
      // The page subscribes asynchronously: change the client until an event shows up in the response pane.
      let shown: string | undefined;
      for (let attempt = 1; attempt <= 40 && !shown?.includes('Offline Town'); attempt++) {
        const updated = await t.gql(UPDATE, { id: clientId, i: { city: `Offline Town ${attempt}` } }, staff);
        expect(updated.errors).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 250));
        shown = await responsePane(ide.page);
      }
      expect(JSON.parse(shown!)).toEqual({
        data: { clientChanged: { clientId, change: 'UPDATED', client: { city: expect.stringMatching(/^Offline Town \d+$/) } } },
      });
      expect(ide.blocked).toEqual([]);
      expect(ide.errors).toEqual([]);
    } finally {
      await ide.close();
    }
  }, 60_000);

  it('issue 13.1: GraphQL clients still get GraphQL on GET /graphql; unknown asset names are not served', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('graphiql.min.js');
    expect((await fetch(`${t.url}/ide/graphiql.min.js`)).status).toBe(200);
    expect((await fetch(`${t.url}/ide/package.json`)).status).not.toBe(200);
    expect((await fetch(`${t.url}/ide/..%2Fpackage.json`)).status).not.toBe(200);
  });
});

describe('issue 13.1: the IDE in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  }, 60_000);
  afterAll(() => t?.stop());

  it('issue 13.1: with NODE_ENV=production and GRAPHQL_LANDING_PAGE unset, GET /graphql serves no page and no assets', async () => {
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    expect(await page.text()).not.toContain('graphiql');
    expect((await fetch(`${t.url}/ide/graphiql.min.js`)).status).not.toBe(200);
  });
});
