/**
 * Issue 16.9: Agenda's jobs kept in MongoDB (@agendajs/mongo-backend, the
 * `mongodb` driver), for operators who already run Agenda on MongoDB
 * (JOBS_MONGODB_URL). Both packages are loaded only here, when selected, so
 * the PostgreSQL default pays nothing for them. MongoDB has no LISTEN/NOTIFY:
 * workers find new jobs by polling (JOBS_POLL_MS).
 */
import type { JobStore } from './job-queue';
import { outageLog } from './outage-log';

/** The driver's errors that mean the server cannot be reached (not a fault of the job). */
const UNREACHABLE = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongoTopologyClosedError']);

export async function mongoJobStore(url: string, connectTimeoutMs: number): Promise<JobStore> {
  const { MongoClient } = await import('mongodb');
  const { MongoBackend } = await import('@agendajs/mongo-backend');
  const outage = outageLog();
  // Our own client, so that server selection is bounded like PostgreSQL connects, and we close it after Agenda stops.
  const client = new MongoClient(url, { serverSelectionTimeoutMS: connectTimeoutMs, connectTimeoutMS: connectTimeoutMs });
  client.on('serverHeartbeatSucceeded', outage.recovered);
  // Connected here, so an unreachable server fails the start with the driver's error: Agenda 6.2.6 does not catch
  // its backend's connect, which would leave the queue waiting for ever behind an unhandled rejection.
  try {
    await client.connect();
  } catch (error) {
    await client.close();
    throw error;
  }
  const db = client.db();
  return {
    backend: new MongoBackend({ mongo: db }),
    isOutage: (error) => error instanceof Error && UNREACHABLE.has(error.name),
    report: outage.report,
    async ping() {
      await db.command({ ping: 1 });
    },
    async close() {
      outage.mute();
      await client.close();
    },
  };
}
