import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { hashPassword } from '../../src/auth/passwords';
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 13.8: the README's client examples run as written: the codegen config
 * generates and type-checks against the committed schema.graphql, the curl
 * example logs in and queries, the graphql-ws snippet receives events on Node 20.
 */
const ROOT = join(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const run = promisify(execFile);

/** The README's one fenced block of `language` that contains `marker`. */
function readmeBlock(language: string, marker: string): string {
  const blocks = [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(([, lang, body]) => lang === language && body.includes(marker));
  if (blocks.length !== 1) throw new Error(`expected one \`\`\`${language} block with ${JSON.stringify(marker)} in README.md, found ${blocks.length}`);
  return blocks[0][2];
}

describe('issue 13.8: README client examples', () => {
  let work: string;

  beforeAll(() => {
    // A client project of its own; the packages are this repository's.
    work = mkdtempSync(join(tmpdir(), 'hostbill-readme-'));
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('issue 13.8: the codegen.ts of the README generates typed documents from schema.graphql, every custom scalar mapped', async () => {
    copyFileSync(join(ROOT, 'schema.graphql'), join(work, 'schema.graphql'));
    writeFileSync(join(work, 'codegen.ts'), readmeBlock('ts', 'CodegenConfig'));
    mkdirSync(join(work, 'src'));
    writeFileSync(
      join(work, 'src/operations.ts'),
      `${readmeBlock('ts', "from './gql'")}
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

// invoice(id:) is null for a missing or invisible invoice (issue 13.4).
type Invoice = NonNullable<ResultOf<typeof InvoiceTotal>['invoice']>;
export const amount: string = null! as Invoice['total']['amount'];
export const currency: string = null! as Invoice['total']['currency'];
export const dueDate: string = null! as Invoice['dueDate'];
export const status: 'DRAFT' | 'UNPAID' | 'PAID' | 'CANCELLED' | 'REFUNDED' | 'COLLECTIONS' | 'PAYMENT_PENDING' = null! as Invoice['status'];
// @ts-expect-error amounts are decimal strings, never numbers
export const notANumber: number = null! as Invoice['total']['amount'];
// @ts-expect-error dates are strings, not Date objects
export const notADate: Date = null! as Invoice['dueDate'];
// @ts-expect-error the id is required
export const missingId: VariablesOf<typeof InvoiceTotal> = {};
`,
    );
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', skipLibCheck: true }, include: ['src'] }),
    );

    const codegen = await run(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts'], { cwd: work, timeout: 120_000 }).catch(
      (error) => error,
    );
    expect({ code: codegen.code ?? 0, stderr: codegen.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const generated = readFileSync(join(work, 'src/gql/graphql.ts'), 'utf8');
    expect(generated).toContain('InvoiceTotalQuery');

    const tsc = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', work], { cwd: work, timeout: 120_000 }).catch((error) => error);
    expect({ code: tsc.code ?? 0, output: tsc.stdout }).toEqual({ code: 0, output: '' });
  }, 180_000);

  describe('against a running server with the demo logins', () => {
    let t: TestApp;
    let port: string;
    beforeAll(async () => {
      t = await startTestApp();
      port = new URL(t.url).port;
      // The README's demo staff login and demo client.
      const em = t.app.orm.em.fork();
      em.create(StaffUser, { email: 'admin@example.com', firstName: 'Demo', lastName: 'Admin', role: StaffRole.ADMIN, passwordHash: await hashPassword('demo-admin-password') });
      await em.flush();
      const ada = await t.gql(`mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`, {
        i: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', password: 'demo-client-password' },
      });
      expect(ada.errors).toBeUndefined();
    }, 60_000);
    afterAll(() => t?.stop());

    let token: string;

    it('issue 13.8: the curl example takes the token from the login response and lists clients', async () => {
      const script = `${readmeBlock('sh', 'PORT=${PORT:-4000}')}\n${readmeBlock('sh', 'TOKEN=$(curl')}\nprintf '\\nTOKEN %s\\n' "$TOKEN"\n`;
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], { cwd: work, env: { ...process.env, PORT: port }, timeout: 30_000 });
      token = /^TOKEN (.*)$/m.exec(stdout)![1];
      expect(token).toMatch(/^\S{20,}$/);
      const clients = JSON.parse(stdout.split('\n')[0]);
      expect(clients.errors).toBeUndefined();
      expect(clients.data.clients.edges.map((edge: any) => edge.node.email)).toContain('ada@example.org');
    }, 40_000);

    it('issue 13.8: the graphql-ws snippet runs on Node 20 as written and prints client changes', async () => {
      expect(token).toBeDefined();
      expect(process.versions.node).toMatch(/^\d+\./);
      writeFileSync(join(work, 'subscribe.mjs'), readmeBlock('js', "from 'graphql-ws'"));
      const child = spawn(process.execPath, ['subscribe.mjs'], { cwd: work, env: { ...process.env, PORT: port, TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      try {
        const ada = await t.gql(`{ clients(filter: { search: "ada@example.org" }) { edges { node { id } } } }`, {}, token);
        const id = ada.data.clients.edges[0].node.id;
        // The snippet subscribes once its socket is up: change the client until an event is printed.
        for (let attempt = 1; attempt <= 40 && !stdout.includes('\n') && child.exitCode === null; attempt++) {
          const updated = await t.gql(`mutation($id: ID!, $c: String!) { updateClient(id: $id, input: { city: $c }) { id } }`, { id, c: `Readme ${attempt}` }, token);
          expect(updated.errors).toBeUndefined();
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        expect(stderr).toBe('');
        expect(JSON.parse(stdout.split('\n')[0])).toEqual({
          clientChanged: { clientId: id, change: 'UPDATED', client: { email: 'ada@example.org', status: expect.any(String) } },
        });
      } finally {
        child.kill();
      }
    }, 40_000);
  });
});
