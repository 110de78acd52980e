/**
 * Issue 11.1 (Ctrl-C), 11.2 (restarts after crashes) and 11.5 (graceful stop),
 * with the real server process (`node dist/src/main.js`) on its embedded
 * PostgreSQL: signals to the whole process group as a terminal sends them,
 * kill -9, ports and data folders taken, SIGTERM under load. The tests share
 * one DATA_DIR and run in order (each start with PostgreSQL costs seconds).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import {
  freePort,
  gql,
  isAlive,
  portIsFree,
  postmasterPid,
  run,
  staffLogin,
  start,
  type Answer,
  type ServerProcess,
  type Started,
  logMessages,
  useServerProcesses,
} from '../support/server-process';
import { waitFor } from '../support/wait';
import { ok } from '../support/operation';
import { graphql } from '../generated';

const CREATE_CLIENT = graphql(`mutation CrashRecoveryCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CLIENT_COUNT = graphql(`query CrashRecoveryClients($email: String!) { clients(filter: { email: $email }) { totalCount } }`);

describe('issue 11.1/11.2/11.5: the server process stops, crashes and restarts without leaving anything behind', () => {
  const processes = useServerProcesses('hostbill-crash-');
  let running: Started | undefined;

  /** Exit 0 after `signal`, nothing on stderr, the ports free again and no PostgreSQL left in DATA_DIR. */
  const expectCleanStop = async (server: ServerProcess, postmaster: number, signal: string) => {
    expect({ exit: await server.exit, stderr: server.output().stderr }).toEqual({ exit: { code: 0, signal: null }, stderr: '' });
    expect(server.output().stdout).toContain(`${signal}: shutting down`);
    expect(isAlive(postmaster)).toBe(false);
    expect(postmasterPid(processes.dataDir)).toBeUndefined();
    expect(await portIsFree(processes.httpPort)).toBe(true);
    expect(await portIsFree(processes.pgPort)).toBe(true);
  };
  const clientsTagged = async (server: Started, tag: string) =>
    ok(await gql(server.url, CLIENT_COUNT, { email: tag }, await staffLogin(server))).clients.totalCount;

  it('issue 11.1: Ctrl-C in a terminal (SIGINT to the whole process group) stops the server and its PostgreSQL cleanly: exit 0, no stack trace, nothing left running', async () => {
    running = processes.track(await start(processes.env(), { detached: true }));
    const postmaster = postmasterPid(processes.dataDir)!;
    expect(isAlive(postmaster)).toBe(true);
    expect(await clientsTagged(running, 'example.org')).toBeGreaterThan(0); // a keep-alive connection is open too

    process.kill(-running.child.pid!, 'SIGINT');
    await expectCleanStop(running, postmaster, 'SIGINT');
    running = undefined;
  }, 120_000);

  it('issue 11.5: a signal right after the ready line, or during start-up, is handled: everything stops cleanly', async () => {
    // Right after the ready line.
    const ready = run(processes.env());
    await waitFor(() => /GraphQL \(HTTP/.test(ready.output().stdout) || ready.child.exitCode !== null, { what: 'the ready line', timeoutMs: 60_000 });
    const postmaster = postmasterPid(processes.dataDir)!;
    ready.child.kill('SIGTERM');
    await expectCleanStop(ready, postmaster, 'SIGTERM');

    // At the first line the process writes, long before it is ready: it finishes starting, then stops.
    const early = run(processes.env());
    await waitFor(() => early.output().stdout.length > 0, { what: 'the first output', timeoutMs: 60_000 });
    early.child.kill('SIGTERM');
    const { code } = await early.exit;
    expect({ code, stderr: early.output().stderr }).toEqual({ code: 0, stderr: '' });
    expect(early.output().stdout).toContain('SIGTERM: shutting down');
    expect(early.output().stdout).not.toMatch(/GraphQL \(HTTP/);
    expect(postmasterPid(processes.dataDir)).toBeUndefined();
    expect(await portIsFree(processes.httpPort)).toBe(true);
  }, 120_000);

  it('issue 11.5: SIGTERM under load: every request whose write committed got its response; the others were refused or never accepted', async () => {
    running = processes.track(await start(processes.env()));
    const server = running;
    const token = await staffLogin(server);
    const tag = `sigterm${Date.now()}`;
    let seq = 0;
    const answers: Answer[] = [];
    const transportErrors: string[] = [];
    // 50 clients sending createClient one after the other on keep-alive connections until the server is gone.
    const user = async () => {
      for (;;) {
        try {
          answers.push(await gql(server.url, CREATE_CLIENT, { i: { firstName: 'Sig', lastName: 'Term', email: `${tag}-${++seq}@example.com`, currency: 'EUR' } }, token));
        } catch (error) {
          transportErrors.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
          return;
        }
      }
    };
    const users = Array.from({ length: 50 }, user);
    await waitFor(() => answers.length >= 50, { what: 'the load to run' });
    const postmaster = postmasterPid(processes.dataDir)!;
    server.child.kill('SIGTERM');
    await Promise.all(users);
    await expectCleanStop(server, postmaster, 'SIGTERM');

    const succeeded = answers.filter((a) => a.data?.createClient?.id).length;
    const refused = answers.filter((a) => !a.data?.createClient?.id);
    // A request that came in once the stop had begun is answered 503 without being processed.
    expect(refused.map((a) => ({ status: a.status, code: a.errors?.[0]?.extensions?.code }))).toEqual(refused.map(() => ({ status: 503, code: 'SERVICE_UNAVAILABLE' })));
    expect(transportErrors).toHaveLength(50); // each client ends on a closed or refused connection
    expect(succeeded).toBeGreaterThanOrEqual(50);

    // Counted after a restart on the same data: exactly the acknowledged writes exist.
    running = processes.track(await start(processes.env()));
    expect(await clientsTagged(running, tag)).toBe(succeeded);
  }, 120_000);

  it('issue 11.2: after kill -9 of the server its PostgreSQL survives; the next start on the same DATA_DIR stops that PostgreSQL and starts normally', async () => {
    const killed = running!;
    const orphan = postmasterPid(processes.dataDir)!;
    killed.child.kill('SIGKILL');
    await killed.exit;
    expect(isAlive(orphan)).toBe(true); // holding the port and the data folder
    expect(await portIsFree(processes.pgPort)).toBe(false);

    running = processes.track(await start(processes.env()));
    expect(running.output().stdout).toContain(`Stopping the PostgreSQL (pid ${orphan}) that an earlier run of this server left running`);
    expect(running.output().stderr).toBe('');
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid(processes.dataDir)).not.toBe(orphan);
    expect(await clientsTagged(running, 'example.org')).toBeGreaterThan(0);
  }, 120_000);

  it('issue 11.2: a DATA_DIR in use by another running server is refused with one line naming DATA_DIR; the running server is left alone', async () => {
    const owner = running!;
    const second = run({ ...processes.env(), PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    processes.track(second);
    expect((await second.exit).code).toBe(1);
    expect(logMessages(second.output().stderr)).toEqual([
      `The data folder ${processes.dataDir} (DATA_DIR) is in use by another running server (pid ${owner.child.pid}): stop that server or set DATA_DIR to another folder.`,
    ]);
    expect(owner.child.exitCode).toBeNull();
    const ready = await fetch(owner.url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(200);
  }, 60_000);

  it('issue 11.2: a taken PORT or EMBEDDED_POSTGRES_PORT stops start-up with one line naming the port and the variable; PORT is checked before the database starts', async () => {
    const fresh = processes.newDataDir();
    const httpTaken = run({ ...processes.env(), DATA_DIR: fresh, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    processes.track(httpTaken);
    expect((await httpTaken.exit).code).toBe(1);
    expect(logMessages(httpTaken.output().stderr)).toEqual([
      `Port ${processes.httpPort} (PORT) is already in use by another program: stop that program or set PORT to a free port.`,
    ]);
    expect(existsSync(join(fresh, 'postgres'))).toBe(false); // no database was even initialised

    // Taken by some other program (not PostgreSQL) on the loopback address PostgreSQL listens on.
    const squatter: Server = createServer();
    const squatted = await new Promise<number>((resolve) => squatter.listen(0, '127.0.0.1', () => resolve((squatter.address() as { port: number }).port)));
    try {
      const pgTaken = run({ ...processes.env(), DATA_DIR: fresh, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(squatted) });
      processes.track(pgTaken);
      expect((await pgTaken.exit).code).toBe(1);
      expect(logMessages(pgTaken.output().stderr)).toEqual([
        `Port ${squatted} (EMBEDDED_POSTGRES_PORT) is already in use by another program: stop that program or set EMBEDDED_POSTGRES_PORT to a free port.`,
      ]);
      expect(postmasterPid(fresh)).toBeUndefined();
    } finally {
      squatter.close();
    }
  }, 60_000);

  it('issue 11.2: and the server that kept running still stops cleanly', async () => {
    const postmaster = postmasterPid(processes.dataDir)!;
    running!.child.kill('SIGTERM');
    await expectCleanStop(running!, postmaster, 'SIGTERM');
    running = undefined;
  }, 60_000);
});
