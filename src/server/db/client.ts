import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fillPlaceholders, sql, type ExtractTablesWithRelations, type Placeholder, type SQL } from 'drizzle-orm';
import { PgDialect, PgTransaction } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Database = NodePgDatabase<Schema> & { $client: pg.Pool };
export type Transaction = PgTransaction<NodePgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories take either, so a use case can run them inside its one transaction. */
export type Executor = Database | Transaction;

/** The parameters of a hot query: values inside a transaction, placeholders when prepared. */
export type QueryParams<P> = { [K in keyof P]: P[K] | Placeholder };
type Preparable<R> = PromiseLike<R> & { prepare(name: string): { execute(values: Record<string, unknown>): Promise<R> } };

/**
 * A query that every request runs: on the database it is built once and prepared once per pooled
 * connection; building and planning it each time took half the CPU of GET /me. Inside a
 * transaction it runs as a plain query, because a prepared statement belongs to the pool.
 * `build` must use every parameter it is given (as a value or a placeholder), and always the same.
 */
export function hotQuery<P extends Record<string, unknown>, R>(
  name: string,
  build: (db: Executor, params: QueryParams<P>) => Preparable<R>,
): (db: Executor, params: P) => Promise<R> {
  const statements = new WeakMap<Database, ReturnType<Preparable<R>['prepare']>>();
  return async (db, params) => {
    if (db instanceof PgTransaction) return build(db, params);
    let statement = statements.get(db);
    if (!statement) {
      statement = build(db, placeholdersOf(params)).prepare(name);
      statements.set(db, statement);
    }
    return statement.execute(params);
  };
}

const dialect = new PgDialect();

/**
 * `hotQuery` for a statement written with the `sql` template, which Drizzle cannot prepare: its
 * text is built once, and PostgreSQL prepares it once per pooled connection. It runs on the
 * database (autocommit), never inside a transaction. Resolves to the rows it returned and the
 * number of rows it touched.
 */
export function hotStatement<P extends Record<string, unknown>, R = never>(
  name: string,
  build: (params: QueryParams<P>) => SQL,
): (db: Database, params: P) => Promise<{ rows: R[]; rowCount: number }> {
  let query: { sql: string; params: unknown[] } | undefined;
  return async (db, params) => {
    query ??= dialect.sqlToQuery(build(placeholdersOf(params)));
    const result = await db.$client.query({ name, text: query.sql, values: fillPlaceholders(query.params, params) });
    return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
  };
}

const placeholdersOf = <P extends Record<string, unknown>>(params: P) =>
  Object.fromEntries(Object.keys(params).map((key) => [key, sql.placeholder(key)])) as QueryParams<P>;

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function connect(url: string, options: { max?: number; onIdleError?: (error: Error) => void } = {}): Database {
  // A request that cannot get a connection in time fails (a 500 it can retry) instead of waiting for ever.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client can lose its connection (database restart); the pool replaces it, so only report it.
  pool.on('error', options.onIdleError ?? (() => undefined));
  return drizzle(pool, { schema });
}

/** How many migrations this build ships; /readyz compares it with what the database has applied. */
export async function shippedMigrationCount(): Promise<number> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export async function appliedMigrationCount(db: Executor): Promise<number> {
  const result = await db.execute<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return result.rows[0]?.count ?? 0;
}

export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}
