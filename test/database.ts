import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { connect, type Database } from '../src/server/db/client.js';
import { runAdmin, withDatabase } from './global-setup.js';

const created: { name: string; db: Database }[] = [];

// Registered when a test file first imports this module: hooks registered later, from inside
// another hook or a test, would never run.
afterAll(async () => {
  const adminUrl = inject('adminDatabaseUrl');
  for (const { name, db } of created.splice(0)) {
    await db.$client.end().catch(() => undefined);
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

/**
 * A fresh, migrated database of the test file's own, cloned from the run's template (tens of ms)
 * and dropped when the file's tests are done.
 */
export async function createTestDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `shoppingmall_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = withDatabase(adminUrl, name);
  const db = connect(url, { max: 5 });
  created.push({ name, db });
  return { db, url };
}
