import { and, count, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { loginFailures, loginLocks } from './auth.tables.js';

/** Whose failures are counted together: a normalised email, and the scope within it (`auth.tables.ts`). */
export type LockKey = { email: string; scope: string };

const isKey = (key: LockKey) => and(eq(loginLocks.email, key.email), eq(loginLocks.scope, key.scope));

/** Until when the key is locked; null when it is not (any more). */
export async function lockedUntil(db: Executor, key: LockKey, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ until: loginLocks.lockedUntil })
    .from(loginLocks)
    .where(and(isKey(key), gt(loginLocks.lockedUntil, now)));
  return row?.until ?? null;
}

/** The lock of everybody but the account's own devices, and the failures of every scope, for the admins. */
export async function stateOf(db: Executor, email: string, now: Date, since: Date): Promise<{ lockedUntil: Date | null; recentFailures: number }> {
  const [until, [failures]] = await Promise.all([
    lockedUntil(db, { email, scope: '' }, now),
    db.select({ n: count() }).from(loginFailures).where(and(eq(loginFailures.email, email), gt(loginFailures.at, since))),
  ]);
  return { lockedUntil: until, recentFailures: failures?.n ?? 0 };
}

/** Serialises the failures of one key until the transaction ends, so exactly one of them locks it. */
export async function holdFailuresOf(db: Executor, key: LockKey): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-failures:${key.scope}:${key.email}`}))`);
}

export async function insertFailure(db: Executor, key: LockKey, at: Date): Promise<void> {
  await db.insert(loginFailures).values({ ...key, at });
}

export async function countFailuresSince(db: Executor, key: LockKey, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, key.email), eq(loginFailures.scope, key.scope), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

/** Locks the key until `until`; its failures are spent on this lock. */
export async function lock(db: Executor, key: LockKey, until: Date): Promise<void> {
  await db.insert(loginLocks).values({ ...key, lockedUntil: until }).onConflictDoUpdate({ target: [loginLocks.email, loginLocks.scope], set: { lockedUntil: until } });
  await db.delete(loginFailures).where(and(eq(loginFailures.email, key.email), eq(loginFailures.scope, key.scope)));
}

/** An unlock, a new password or closing the account: every scope of the email starts afresh. */
export async function clearEmail(db: Executor, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
  await db.delete(loginLocks).where(eq(loginLocks.email, email));
}

/** Failures too old to count and lapsed locks: of no use, and they hold emails. */
export async function purgeExpired(db: Executor, now: Date, failuresBefore: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.at, failuresBefore));
  await db.delete(loginLocks).where(lte(loginLocks.lockedUntil, now));
}

/**
 * A sign-in that may succeed: when the key is locked, until when (and nothing changes); otherwise
 * the key's failures and any lapsed lock are cleared, all in one statement on the hot path.
 */
export async function admitSignIn(db: Executor, key: LockKey, now: Date): Promise<Date | null> {
  const { rows } = await db.execute<{ lockedUntil: Date | string }>(sql`with lock as (
      select locked_until from ${loginLocks} where email = ${key.email} and scope = ${key.scope} and locked_until > ${now}),
    cleared_failures as (delete from ${loginFailures} where email = ${key.email} and scope = ${key.scope} and not exists (select 1 from lock)),
    cleared_lock as (delete from ${loginLocks} where email = ${key.email} and scope = ${key.scope} and not exists (select 1 from lock))
    select locked_until as "lockedUntil" from lock`);
  const [row] = rows;
  return row ? new Date(row.lockedUntil) : null;
}
