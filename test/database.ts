import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { connect, type Database } from '../src/server/db/client.js';
import { runAdmin, withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database of this test file's own, cloned from the run's template (tens of ms),
 * dropped when the file's tests are done.
 */
export async function createTestDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `shoppingmall_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = withDatabase(adminUrl, name);
  const db = connect(url, { max: 5 });
  afterAll(async () => {
    await db.$client.end().catch(() => undefined);
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return { db, url };
}
