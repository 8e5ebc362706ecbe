import { and, count, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { hotQuery, hotStatement, type Executor, type QueryParams, type Transaction } from '../../db/client.js';
import { insertFrom } from '../../db/insert-from.js';
import { withAuditRecord, type AuditRow } from '../audit/audit.service.js';
import { newId } from '../../lib/ids.js';
import { loginFailures, users } from '../users/users.tables.js';
import { oneTimeTokens, passwordHistory, sessions } from './auth.tables.js';

export type SessionRow = typeof sessions.$inferSelect;
export type OneTimeTokenKind = (typeof oneTimeTokens.$inferSelect)['kind'];

type NewSession = typeof sessions.$inferInsert;

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

/**
 * Opens a session for a user whose password was just checked, in one statement because login is a
 * hot path. On an account that is still active, it records the login (with the stronger password
 * hash, when there is one), starts the failed-login count afresh, inserts the session and appends
 * `record` to the audit log. The account's row stays locked until the transaction ends, so a
 * concurrent suspension either waits and then revokes this session too, or commits first and
 * leaves no active account here. Returns whether the user had signed in before, anywhere and with
 * this device at this place; undefined when the account is no longer active.
 */
export async function openSession(
  tx: Transaction,
  { session, passwordHash, record }: { session: NewSession; passwordHash?: string; record: AuditRow },
): Promise<{ signedInBefore: boolean; fromThisDevice: boolean } | undefined> {
  const statement = withAuditRecord(sql`${insertFrom(sessions, session, 'account')} returning id`, record, {
    before: sql`account as (
        update ${users} set last_login_at = ${session.createdAt}, password_hash = coalesce(${passwordHash ?? null}, password_hash)
        where id = ${session.userId} and status = 'active' returning id),
      cleared_failures as (delete from ${loginFailures} where user_id in (select id from account)),
      earlier as (
        select count(*) > 0 as anywhere, coalesce(bool_or(device_type = ${session.deviceType} and browser = ${session.browser}
          and os = ${session.os} and location = ${session.location}), false) as here
        from ${sessions} where user_id = ${session.userId})`,
    returning: sql`(select anywhere from earlier) as "signedInBefore", (select here from earlier) as "fromThisDevice"`,
  });
  const { rows } = await tx.execute<{ signedInBefore: boolean; fromThisDevice: boolean }>(statement);
  return rows[0];
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
