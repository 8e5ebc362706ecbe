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
export type { LockKey } from './lockout.repository.js';

/** The scope of every browser that has not signed in to the account before. */
export const STRANGERS = '';
/** The scope of a signed-in session confirming its password: a stolen token guesses on its own count. */
export const sessionScope = (sessionId: string): string => `session:${sessionId}`;

const secondsUntil = (until: Date, now: Date): number => Math.ceil((until.getTime() - now.getTime()) / 1000);

/**
 * Lockout: the fifth wrong password within 15 minutes locks the email for 30 minutes, whether or
 * not an account has it, so a lock tells nothing about the account. Failures are counted per
 * scope (OWASP's device cookies): a browser that signed in before counts its own, and the lock
 * that strangers cause does not apply to it, so nobody can lock the owner out. An account's owner
 * is emailed an unlock link that lifts every lock of the email. Failures while locked are not
 * counted, so they cannot extend the lock.
 */
export function createLockoutService(deps: { db: Database; clock: Clock; run: UnitOfWork; mailer: Mailer; users: UserService }) {
  const { db, clock, run, mailer, users } = deps;

  return {
    /**
     * Seconds until the key's lock lifts, or null when it is not locked. The key is held until the
     * transaction ends, so an attempt's check and its count are one step: of a burst of guesses,
     * none is judged after the one that locked the key.
     */
    async lockedFor(ctx: Context, key: repo.LockKey): Promise<number | null> {
      await repo.holdFailuresOf(ctx.tx, key);
      const until = await repo.lockedUntil(ctx.tx, key, ctx.now);
      return until ? secondsUntil(until, ctx.now) : null;
    },

    /** The strangers' lock and the failures toward the next one, for the admins' user detail. */
    async stateOf(email: string): Promise<{ lockedUntil: Date | null; recentFailures: number }> {
      const now = clock.now();
      return repo.stateOf(db, email, now, new Date(now.getTime() - LOCKOUT_WINDOW_MS));
    },

    /**
     * Counts a wrong password for a key that `lockedFor` found unlocked in this transaction; the one
     * that reaches the threshold locks it, records it and, when an account has the email, mails its
     * owner the unlock link.
     */
    async recordFailure(ctx: Context, key: repo.LockKey, user: { id: string; email: string } | undefined): Promise<void> {
      await repo.insertFailure(ctx.tx, key, ctx.now);
      if ((await repo.countFailuresSince(ctx.tx, key, new Date(ctx.now.getTime() - LOCKOUT_WINDOW_MS))) < LOCKOUT_THRESHOLD) return;
      const lockedUntil = new Date(ctx.now.getTime() + LOCKOUT_MS);
      await repo.lock(ctx.tx, key, lockedUntil);
      const strangers = key.scope === STRANGERS;
      const details = { lockedUntil: lockedUntil.toISOString(), scope: strangers ? 'strangers' : key.scope.startsWith('session:') ? 'session' : 'device' };
      if (!user) {
        await ctx.audit({ action: 'auth.lockout', outcome: 'success', actor: null, details: { ...details, email: key.email } });
        return;
      }
      const token = await issueLinkToken(ctx, user.id, 'unlock', LOCKOUT_MS);
      await mailer.queue(ctx, user.email, lockoutEmail(lockedUntil, mailer.link('/unlock', { token }), strangers ? 'strangers' : 'own'));
      await ctx.audit({ action: 'auth.lockout', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details });
    },

    /**
     * A sign-in that will succeed unless locked: the seconds the key stays locked, or null when it
     * is not locked and its count of failures has started afresh. Held like `lockedFor`.
     */
    async admitSignIn(ctx: Context, key: repo.LockKey): Promise<number | null> {
      await repo.holdFailuresOf(ctx.tx, key);
      const until = await repo.admitSignIn(ctx.tx, key, ctx.now);
      return until ? secondsUntil(until, ctx.now) : null;
    },

    /** A new password or account closing starts every count of the email afresh and lifts its locks. */
    clear: (ctx: Context, email: string) => repo.clearEmail(ctx.tx, email),

    /** Sweeps what no lock needs any more: failures older than the window, lapsed locks. The process runs it hourly. */
    async purgeExpired(): Promise<void> {
      const now = clock.now();
      await repo.purgeExpired(db, now, new Date(now.getTime() - LOCKOUT_WINDOW_MS));
    },

    /** POST /auth/unlock: the emailed link lifts every lock of the account's email. */
    async unlock(visitor: Visitor, token: string): Promise<void> {
      await run(visitor, async (ctx) => {
        const userId = await consumeLinkToken(ctx, 'unlock', token);
        const user = userId ? await users.findById(userId, ctx) : undefined;
        if (!user) throw invalidLink();
        await repo.clearEmail(ctx.tx, user.email);
        await ctx.audit({ action: 'auth.unlock', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },
  };
}

export type LockoutService = ReturnType<typeof createLockoutService>;
