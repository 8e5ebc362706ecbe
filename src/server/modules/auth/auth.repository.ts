import { and, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { hotQuery, hotStatement, type Executor, type QueryParams } from '../../db/client.js';
import { withAuditRecord, type AuditRow } from '../audit/audit.service.js';
import { newId } from '../../lib/ids.js';
import { users } from '../users/users.tables.js';
import { oneTimeTokens, passwordHistory, sessions } from './auth.tables.js';

export type SessionRow = typeof sessions.$inferSelect;
export type OneTimeTokenKind = (typeof oneTimeTokens.$inferSelect)['kind'];

export async function insertSession(db: Executor, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

const sessionByRefreshHash = hotQuery('session_by_refresh_hash', (db, p: QueryParams<{ hash: string }>) =>
  db
    .select({ session: sessions, user: { id: users.id, email: users.email, role: users.role, status: users.status } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.refreshTokenHash, p.hash)),
);

/** The session a refresh token belongs to, with what a new access token needs of its user. */
export async function findSessionByRefreshHash(db: Executor, refreshTokenHash: string) {
  const [row] = await sessionByRefreshHash(db, { hash: refreshTokenHash });
  return row;
}

const activeSession = hotQuery('active_session', (db, p: QueryParams<{ id: string; now: Date }>) =>
  db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, p.id), isNull(sessions.revokedAt), gt(sessions.refreshExpiresAt, p.now), eq(users.status, 'active'))),
);

/** Active means: not revoked, refresh not expired, and its user still active. */
export async function isSessionActive(db: Executor, sessionId: string, now: Date): Promise<boolean> {
  const [row] = await activeSession(db, { id: sessionId, now });
  return row !== undefined;
}

/** Last activity is written at most once a minute per session, not on every request. */
export async function touchSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastActiveAt: now })
    .where(and(eq(sessions.id, sessionId), sql`${sessions.lastActiveAt} < ${new Date(now.getTime() - 60_000)}`));
}

/**
 * A refresh is activity, and may replace the refresh token (`refreshTokenHash` and
 * `refreshExpiresAt` null keep the old one); its audit record is written by the same statement.
 * Neither happens when the session was revoked meanwhile, or when a concurrent refresh already
 * replaced this refresh token (one of two racing renewals wins). Resolves to 1, or 0 for those.
 */
export const refreshSession = hotStatement(
  'refresh_session',
  (p: QueryParams<{ sessionId: string; currentHash: string; now: Date; refreshTokenHash: string | null; refreshExpiresAt: Date | null } & AuditRow>) =>
    withAuditRecord(
      sql`update ${sessions} set last_active_at = ${p.now}, refresh_token_hash = coalesce(${p.refreshTokenHash}, refresh_token_hash),
        refresh_expires_at = coalesce(${p.refreshExpiresAt}, refresh_expires_at)
        where id = ${p.sessionId} and refresh_token_hash = ${p.currentHash} and revoked_at is null returning id`,
      p,
    ),
);

export async function listActiveSessions(db: Executor, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.refreshExpiresAt, now)))
    .orderBy(desc(sessions.lastActiveAt));
}

/** Revokes the user's live sessions (all, or all but `exceptId`, or just `onlyId`) and returns their ids. */
export async function revokeSessions(
  db: Executor,
  userId: string,
  reason: string,
  now: Date,
  scope: { onlyId?: string; exceptId?: string } = {},
): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        scope.onlyId ? eq(sessions.id, scope.onlyId) : undefined,
        scope.exceptId ? ne(sessions.id, scope.exceptId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Has this user signed in before from this kind of device at this place? */
export async function hasSignedInFrom(
  db: Executor,
  userId: string,
  where: { deviceType: string; browser: string; os: string; location: string },
): Promise<{ before: boolean; anywhere: boolean }> {
  const [row] = await db
    .select({
      anywhere: count(),
      here: sql<number>`count(*) filter (where ${sessions.deviceType} = ${where.deviceType} and ${sessions.browser} = ${where.browser} and ${sessions.os} = ${where.os} and ${sessions.location} = ${where.location})::int`,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return { before: (row?.here ?? 0) > 0, anywhere: (row?.anywhere ?? 0) > 0 };
}

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

/**
 * Marks a live token used and returns its user, in one statement, so that two requests racing
 * with the same token cannot both succeed.
 */
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
