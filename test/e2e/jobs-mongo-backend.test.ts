/**
 * Issue 16.9: the job queue on MongoDB (JOBS_MONGODB_URL) instead of
 * PostgreSQL. A real MongoDB is needed for the queue to run: give its URL in
 * TEST_MONGODB_URL (e.g. mongodb://localhost:27017/hostbill-test; each run
 * uses a database of its own beside it, dropped at the end). Without it those
 * tests are reported as skipped. That the Mongo backend is chosen and loaded
 * is tested without a server: the start fails with MongoDB unreachable.
 */
import { createJobQueue, type JobQueue } from '../../src/jobs/job-queue';
import { waitFor } from '../support/wait';
import { startTestApp, type TestApp } from '../support/test-app';

const mongoUrl = process.env.TEST_MONGODB_URL?.trim();
if (!mongoUrl) console.warn('\n\n!!!!! SKIPPING the job queue on MongoDB (issue 16.9): TEST_MONGODB_URL is unset\n\n');
const describeWithMongo = mongoUrl ? describe : describe.skip;

/** A database of this run's own on the server of TEST_MONGODB_URL. */
const runDatabaseUrl = (url: string) => url.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+)\/[^?]*/, `$1/hostbill-jobs-${process.pid}-${Date.now()}`);

describe('issue 16.9: JOBS_MONGODB_URL selects the MongoDB backend', () => {
  it('issue 16.9: with MongoDB unreachable the queue fails to start with the driver\'s error within the connect timeout (the Mongo backend was loaded, not PostgreSQL)', async () => {
    // Port 9 (discard) on localhost: nothing answers MongoDB there. The PostgreSQL URL would not resolve either.
    await expect(createJobQueue({
      databaseUrl: 'postgres://unused.invalid/none', mongoUrl: 'mongodb://127.0.0.1:9/jobs', worker: true, pollMs: 50, stopTimeoutMs: 100, connectTimeoutMs: 300,
    })).rejects.toMatchObject({ name: 'MongoServerSelectionError', message: expect.stringContaining('127.0.0.1:9') });
  });
});

describeWithMongo('issue 16.9: the job queue on MongoDB (needs TEST_MONGODB_URL)', () => {
  let url: string;
  let jobs: JobQueue;

  beforeAll(async () => {
    url = runDatabaseUrl(mongoUrl!);
    jobs = await createJobQueue({ databaseUrl: 'postgres://unused.invalid/none', mongoUrl: url, worker: true, pollMs: 50, stopTimeoutMs: 1_000, connectTimeoutMs: 5_000 });
  });
  afterAll(async () => {
    await jobs?.stop();
    const { MongoClient } = await import('mongodb');
    const client = new MongoClient(url);
    await client.db().dropDatabase();
    await client.close();
  });

  /** The queue's records in MongoDB, read with the driver. */
  const records = async (filter: { name?: string } = {}) => {
    const { MongoClient } = await import('mongodb');
    const client = new MongoClient(url);
    try {
      return await client.db().collection('agendaJobs').find(filter).toArray();
    } finally {
      await client.close();
    }
  };

  it('issue 16.9: jobs are kept in MongoDB and run once each; a cancelled one never runs; the queue reports ready', async () => {
    const ran: unknown[] = [];
    jobs.define('mongo-test-now', async (data) => void ran.push(data.n), { lockLifetimeMs: 10_000 });
    jobs.define('mongo-test-later', async (data) => void ran.push(data.n), { lockLifetimeMs: 10_000 });
    await jobs.start();
    expect(await jobs.status(5_000)).toBe('ok');

    await Promise.all([1, 2, 3].map((n) => jobs.now('mongo-test-now', { n })));
    const later = await jobs.schedule(new Date(Date.now() + 60_000), 'mongo-test-later', { n: 'never' });
    expect(await records({ name: 'mongo-test-later' })).toHaveLength(1);
    expect(await jobs.cancel(later)).toBe(true);
    expect(await jobs.cancel(later)).toBe(false);
    await waitFor(async () => ran.length === 3, { what: 'three jobs run on MongoDB' });
    expect([...ran].sort()).toEqual([1, 2, 3]);
    expect(await records({ name: 'mongo-test-now' })).toHaveLength(3);
    expect(await records({ name: 'mongo-test-later' })).toEqual([]);
  });

  it('issue 16.9: the server runs with its jobs on MongoDB and is ready', async () => {
    let t: TestApp | undefined;
    try {
      t = await startTestApp({ JOBS_MONGODB_URL: url, JOBS_POLL_MS: '50' });
      const response = await fetch(t.url.replace(/\/graphql$/, '/readyz'));
      expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { status: 'ok' } });
      // The server's recurring jobs (the daily run, the mail sweep, ...) are records in MongoDB.
      const names = (await records()).map((record) => record.name as string);
      expect(names.filter((name) => !name.startsWith('mongo-test-')).length).toBeGreaterThan(0);
    } finally {
      await t?.stop();
    }
  });
});
