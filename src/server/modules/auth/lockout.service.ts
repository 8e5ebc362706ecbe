import type { Context, UnitOfWork, Visitor } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserService } from '../users/users.service.js';
import { lockoutEmail } from './auth.messages.js';
import { consumeLinkToken, invalidLink, issueLinkToken } from './link-tokens.js';
import * as repo from './lockout.repository.js';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from './lockout-policy.js';

export { LOCKOUT_MS, LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS } from './lockout-policy.js';

/**
 * Lockout: the fifth wrong password within 15 minutes locks the account for 30 minutes and emails
 * an unlock link that lives as long as the lock. Failures while locked are not counted, so they
 * cannot extend the lock.
 */
export function createLockoutService(deps: { db: Database; clock: Clock; run: UnitOfWork; mailer: Mailer; users: UserService }) {
  const { db, clock, run, mailer, users } = deps;

  return {
    /** Seconds until the lock lifts, or null when the account is not locked. */
    async lockedFor(userId: string): Promise<number | null> {
      const now = clock.now();
      const until = await repo.lockedUntil(db, userId, now);
      return until ? Math.ceil((until.getTime() - now.getTime()) / 1000) : null;
    },

    /** The lock and the failures toward the next one, for the admins' user detail. */
    async stateOf(userId: string): Promise<{ lockedUntil: Date | null; recentFailures: number }> {
      const now = clock.now();
      const [lockedUntil, recentFailures] = await Promise.all([
        repo.lockedUntil(db, userId, now),
        repo.countFailuresSince(db, userId, new Date(now.getTime() - LOCKOUT_WINDOW_MS)),
      ]);
      return { lockedUntil, recentFailures };
    },

    /** Counts a wrong password of the account; the one that reaches the threshold locks it, mails the link and records it. */
    async recordFailure(ctx: Context, user: { id: string; email: string }): Promise<void> {
      await repo.holdFailuresOf(ctx.tx, user.id);
      if (await repo.lockedUntil(ctx.tx, user.id, ctx.now)) return;
      await repo.insertFailure(ctx.tx, user.id, ctx.now);
      if ((await repo.countFailuresSince(ctx.tx, user.id, new Date(ctx.now.getTime() - LOCKOUT_WINDOW_MS))) < LOCKOUT_THRESHOLD) return;
      const lockedUntil = new Date(ctx.now.getTime() + LOCKOUT_MS);
      await repo.lock(ctx.tx, user.id, lockedUntil);
      const token = await issueLinkToken(ctx, user.id, 'unlock', LOCKOUT_MS);
      await mailer.queue(ctx, user.email, lockoutEmail(lockedUntil, mailer.link('/unlock', { token })));
      await ctx.audit({ action: 'auth.lockout', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details: { lockedUntil: lockedUntil.toISOString() } });
    },

    /**
     * A correct password: the seconds the account stays locked, or null when it is not locked and
     * its count of failures has started afresh.
     */
    async admitSignIn(ctx: Context, userId: string): Promise<number | null> {
      const until = await repo.admitSignIn(ctx.tx, userId, ctx.now);
      return until ? Math.ceil((until.getTime() - ctx.now.getTime()) / 1000) : null;
    },

    /** A new password or account closing starts the count afresh and lifts any lock. */
    clear: (ctx: Context, userId: string) => repo.clearFailures(ctx.tx, userId),

    /** POST /auth/unlock: the emailed link lifts the lock. */
    async unlock(visitor: Visitor, token: string): Promise<void> {
      await run(visitor, async (ctx) => {
        const userId = await consumeLinkToken(ctx, 'unlock', token);
        const user = userId ? await users.findById(userId, ctx) : undefined;
        if (!user) throw invalidLink();
        await repo.clearFailures(ctx.tx, user.id);
        await ctx.audit({ action: 'auth.unlock', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },
  };
}

export type LockoutService = ReturnType<typeof createLockoutService>;
