import type { EmbeddedPostgresHandle } from '../../src/shared/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedPostgresHandle | undefined;
  await pg?.stop();
}
