import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, migrateDatabase } from '../src/server/db/client.js';
import { startEmbeddedPostgres } from '../src/server/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL with admin rights, to create and drop per-file databases. */
    adminDatabaseUrl: string;
    /** A migrated database that every test file's database is cloned from. */
    templateDatabase: string;
  }
}

/**
 * Real PostgreSQL for the whole run: DATABASE_URL when set (CI points it at the machine's server),
 * otherwise an embedded server in a temporary directory. Migrations run once, into a template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tempDir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), 'shoppingmall-test-'));
  const embedded = tempDir ? await startEmbeddedPostgres({ dir: tempDir }) : undefined;
  const adminUrl = process.env.DATABASE_URL ?? embedded?.url ?? '';
  const template = `shoppingmall_template_${randomBytes(4).toString('hex')}`;

  await runAdmin(adminUrl, `CREATE DATABASE ${template}`);
  const db = connect(withDatabase(adminUrl, template), { max: 1 });
  await migrateDatabase(db);
  await db.$client.end();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
