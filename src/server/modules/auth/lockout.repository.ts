import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { loginFailures, loginLocks } from './auth.tables.js';

/** Until when the account is locked; null when it is not (any more). */
export async function lockedUntil(db: Executor, userId: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ until: loginLocks.lockedUntil })
    .from(loginLocks)
    .where(and(eq(loginLocks.userId, userId), gt(loginLocks.lockedUntil, now)));
  return row?.until ?? null;
}

/** Serialises the failures of one account until the transaction ends, so exactly one of them locks it. */
export async function holdFailuresOf(db: Executor, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-failures:${userId}`}))`);
}

export async function insertFailure(db: Executor, userId: string, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ userId, at });
}

export async function countFailuresSince(db: Executor, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.userId, userId), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

/** Locks the account until `until`; its failures are spent on this lock. */
export async function lock(db: Executor, userId: string, until: Date): Promise<void> {
  await db.insert(loginLocks).values({ userId, lockedUntil: until }).onConflictDoUpdate({ target: loginLocks.userId, set: { lockedUntil: until } });
  await db.delete(loginFailures).where(eq(loginFailures.userId, userId));
}

/** A success, an unlock or a new password starts the count afresh and lifts any lock. */
export async function clearFailures(db: Executor, userId: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.userId, userId));
  await db.delete(loginLocks).where(eq(loginLocks.userId, userId));
}

/**
 * A correct password's sign-in: when the account is locked, until when (and nothing changes);
 * otherwise its failures and any lapsed lock are cleared, all in one statement on the hot path.
 */
export async function admitSignIn(db: Executor, userId: string, now: Date): Promise<Date | null> {
  const { rows } = await db.execute<{ lockedUntil: Date | string }>(sql`with lock as (
      select locked_until from ${loginLocks} where user_id = ${userId} and locked_until > ${now}),
    cleared_failures as (delete from ${loginFailures} where user_id = ${userId} and not exists (select 1 from lock)),
    cleared_lock as (delete from ${loginLocks} where user_id = ${userId} and not exists (select 1 from lock))
    select locked_until as "lockedUntil" from lock`);
  const [row] = rows;
  return row ? new Date(row.lockedUntil) : null;
}
