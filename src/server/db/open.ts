import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { connect, migrateDatabase, type Database } from './client.js';
import { startEmbeddedPostgres } from './embedded.js';

export type OpenDatabase = { db: Database; url: string; close: () => Promise<void> };

/**
 * The database the process runs on: DATABASE_URL when set, otherwise an embedded PostgreSQL
 * under DATA_DIR/postgres that lives and dies with this process. Migrations are applied either way.
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dir: path.join(config.dataDir, 'postgres'),
        log: (line) => log.debug({ postgres: line }, 'embedded postgres'),
      });
  const url = config.databaseUrl ?? embedded?.url ?? '';
  if (embedded) log.info({ dataDir: path.join(config.dataDir, 'postgres') }, 'embedded PostgreSQL started');

  const db = connect(url, { onIdleError: (err) => log.warn({ reason: err.message }, 'idle database connection lost') });
  try {
    await migrateDatabase(db);
  } catch (error) {
    await db.$client.end();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    url,
    async close() {
      await db.$client.end();
      await embedded?.stop();
    },
  };
}
