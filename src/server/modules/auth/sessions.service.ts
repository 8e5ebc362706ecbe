import type { Redis } from 'ioredis';
import type { SessionView } from '../../../contracts/auth.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { createSharedCache } from '../../lib/shared-cache.js';
import type { AuditRow } from '../audit/audit.service.js';
import * as repo from './sessions.repository.js';

/**
 * How long a node may answer "this session is live" from memory: a revocation reaches every node
 * at once through Redis, and within this time even when a message is lost (the contract's bound
 * is 5 s).
 */
export const SESSION_CACHE_MS = 4_000;

/** A live session as its user (or an admin) sees it; `current` marks the viewer's own. */
const viewOf = (row: repo.SessionRow, viewerSessionId?: string): SessionView => ({
  id: row.id,
  current: row.id === viewerSessionId,
  deviceType: row.deviceType,
  browser: row.browser,
  os: row.os,
  ip: row.ip,
  location: row.location,
  createdAt: row.createdAt.toISOString(),
  lastActiveAt: row.lastActiveAt.toISOString(),
  status: 'active',
});

/**
 * Signed-in devices: opening them at login, listing and revoking them, and the check every
 * authenticated request makes (`ownerOf`, through a short cache). A revocation is announced to
 * every node's cache only after its transaction commits.
 */
export function createSessionService(deps: { db: Database; clock: Clock; run: UnitOfWork; redis?: Redis }) {
  const { db, clock, run } = deps;
  const owners = createSharedCache<string>({
    name: 'sessions',
    ttlMs: SESSION_CACHE_MS,
    clock,
    redis: deps.redis,
    loadMany: async (ids) => new Map((await repo.liveSessionOwners(db, { ids: [...ids], now: clock.now() })).rows.map((row) => [row.id, row.userId])),
  });
  const announce = (ctx: Context, ids: string[]) => ctx.afterCommit(() => owners.forget(ids));

  /** Revokes the user's live sessions in the use case's transaction; other nodes hear of it once it commits. */
  const revoke = async (ctx: Context, userId: string, reason: string, scope: { onlyId?: string; exceptId?: string } = {}): Promise<string[]> => {
    const ids = await repo.revokeSessions(ctx.tx, userId, reason, ctx.now, scope);
    announce(ctx, ids);
    return ids;
  };

  return {
    /** The user whose live session this is, or null: the session check of every authenticated request. */
    ownerOf: (sessionId: string): Promise<string | null> => owners.get(sessionId),

    /** Every live session of the user: the revocation fan-out runs after the commit. */
    revokeAll: (ctx: Context, userId: string, reason: string, options: { exceptId?: string } = {}) => revoke(ctx, userId, reason, options),

    /** Inserts the login's session with its audit record; whether the user signed in before, anywhere and from here. */
    open: (ctx: Context, session: repo.NewSession, record: AuditRow) => repo.insertSession(ctx.tx, session, record),

    async list(actor: Actor): Promise<SessionView[]> {
      return (await repo.listActiveSessions(db, actor.userId, clock.now())).map((row) => viewOf(row, actor.sessionId));
    },

    /** For the admins' user detail. */
    async listFor(userId: string): Promise<SessionView[]> {
      return (await repo.listActiveSessions(db, userId, clock.now())).map((row) => viewOf(row));
    },

    /** POST /auth/logout and /auth/logout-all. */
    async logout(actor: Actor, everywhere: boolean): Promise<void> {
      await run(actor, async (ctx) => {
        const revoked = await revoke(ctx, actor.userId, everywhere ? 'logout_all' : 'logout', everywhere ? {} : { onlyId: actor.sessionId });
        // The session signed out from, which is one of many when everywhere.
        await ctx.audit({ action: everywhere ? 'auth.logout.all' : 'auth.logout', outcome: 'success', target: { type: 'session', id: actor.sessionId }, details: { sessions: revoked.length } });
      });
    },

    /** DELETE /me/sessions/:id. Another user's session, or one already ended, looks the same: not found. */
    async revokeOne(actor: Actor, sessionId: string): Promise<void> {
      await run(actor, async (ctx) => {
        const revoked = await revoke(ctx, actor.userId, 'revoked_by_user', { onlyId: sessionId });
        if (revoked.length === 0) throw notFound('Session');
        await ctx.audit({ action: 'auth.session.revoked', outcome: 'success', target: { type: 'session', id: sessionId } });
      });
    },

    /** A closed account's devices and networks: nothing of them stays. */
    eraseFor: (ctx: Context, userId: string) => repo.eraseSessionDetails(ctx.tx, userId),

    close: () => owners.close(),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
