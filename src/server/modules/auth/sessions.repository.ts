import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { hotQuery, hotStatement, type Executor, type QueryParams, type Transaction } from '../../db/client.js';
import { insertFrom } from '../../db/insert-from.js';
import { withAuditRecord, type AuditRow } from '../audit/audit.service.js';
import { accountDirectory, activeAccountIds } from '../users/users.service.js';
import { sessions } from './auth.tables.js';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

/** Last activity is written at most this often per session, not on every request. */
const ACTIVITY_GRANULARITY = '1 minute';

const sessionByRefreshHash = hotQuery('session_by_refresh_hash', (db, p: QueryParams<{ hash: string }>) => {
  const account = accountDirectory(db);
  return db
    .select({ session: sessions, user: { id: account.id, email: account.email, role: account.role, status: account.status } })
    .from(sessions)
    .innerJoin(account, eq(account.id, sessions.userId))
    .where(eq(sessions.refreshTokenHash, p.hash));
});

/** The session a refresh token belongs to, with what a new access token needs of its user. */
export async function findSessionByRefreshHash(db: Executor, refreshTokenHash: string) {
  const [row] = await sessionByRefreshHash(db, { hash: refreshTokenHash });
  return row;
}

/**
 * The users of the live sessions among `ids` (not revoked, refresh not expired, account active),
 * with their last activity recorded, in one round trip: the session check of every request that
 * misses the cache, for all the requests that missed it at one moment.
 */
export const liveSessionOwners = hotStatement<{ ids: string[]; now: Date }, { id: string; userId: string }>('live_session_owners', (p) => {
  return sql`with live as (
      select s.id, s.user_id, s.last_active_at from ${sessions} s
      where s.id = any(${p.ids}::uuid[]) and s.revoked_at is null and s.refresh_expires_at > ${p.now} and s.user_id in ${activeAccountIds}),
    touched as (
      update ${sessions} set last_active_at = ${p.now}
      where id in (select id from live where last_active_at < ${p.now}::timestamptz - interval '${sql.raw(ACTIVITY_GRANULARITY)}'))
    select id, user_id as "userId" from live`;
});

/**
 * A refresh is activity, and may replace the refresh token (`refreshTokenHash` and
 * `refreshExpiresAt` null keep the old one); its audit record is written by the same statement.
 * Neither happens when the session was revoked meanwhile, or when a concurrent refresh already
 * replaced this refresh token (one of two racing renewals wins). Touches 1 row, or 0 for those.
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
 * Inserts the session and appends `record` to the audit log in one statement, because login is a
 * hot path. Returns whether the user had signed in before, anywhere and with this device at this
 * place (for the new-sign-in email).
 */
export async function insertSession(tx: Transaction, session: NewSession, record: AuditRow): Promise<{ signedInBefore: boolean; fromThisDevice: boolean }> {
  const statement = withAuditRecord(sql`${insertFrom(sessions, session, 'earlier')} returning id`, record, {
    before: sql`earlier as (
        select count(*) > 0 as anywhere, coalesce(bool_or(device_type = ${session.deviceType} and browser = ${session.browser}
          and os = ${session.os} and location = ${session.location}), false) as here
        from ${sessions} where user_id = ${session.userId})`,
    returning: sql`(select anywhere from earlier) as "signedInBefore", (select here from earlier) as "fromThisDevice"`,
  });
  const { rows } = await tx.execute<{ signedInBefore: boolean; fromThisDevice: boolean }>(statement);
  const [earlier] = rows;
  if (!earlier) throw new Error('the session insert returned no row');
  return earlier;
}

/** A closed account's devices and networks: nothing of them stays. */
export async function eraseSessionDetails(db: Executor, userId: string): Promise<void> {
  await db.update(sessions).set({ ip: '', userAgent: '', location: '' }).where(eq(sessions.userId, userId));
}
