import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { oneTimeTokens, passwordHistory } from './auth.tables.js';

export type OneTimeTokenKind = (typeof oneTimeTokens.$inferSelect)['kind'];

export async function insertOneTimeToken(
  db: Executor,
  token: { userId: string; kind: OneTimeTokenKind; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(oneTimeTokens).values({ id: newId(), ...token });
}

export async function countTokensSince(db: Executor, userId: string, kind: OneTimeTokenKind, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.kind, kind), gt(oneTimeTokens.createdAt, since)));
  return row?.n ?? 0;
}

/** The user of a live token of this kind; it is not used up (see `consumeToken`). */
export async function findLiveToken(db: Executor, kind: OneTimeTokenKind, tokenHash: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.kind, kind), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)));
  return row?.userId;
}

/** Uses the token up and returns its user; undefined when it is unknown, used or expired. */
export async function consumeToken(db: Executor, kind: OneTimeTokenKind, tokenHash: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.kind, kind), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .returning({ userId: oneTimeTokens.userId });
  return row?.userId;
}

/** Ends every unused token of this kind, e.g. earlier reset links when a new one is sent. */
export async function retireTokens(db: Executor, userId: string, kind: OneTimeTokenKind, now: Date): Promise<void> {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.kind, kind), isNull(oneTimeTokens.usedAt)));
}

export async function addPasswordHistory(db: Executor, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.insert(passwordHistory).values({ id: newId(), userId, passwordHash, createdAt: now });
}

export async function recentPasswordHashes(db: Executor, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(limit);
  return rows.map((r) => r.hash);
}

/** A closed account's email links and old password hashes: nothing of them stays. */
export async function eraseCredentials(db: Executor, userId: string): Promise<void> {
  await db.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
  await db.delete(passwordHistory).where(eq(passwordHistory.userId, userId));
}
