import type { Actor, Context, UnitOfWork, Visitor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { AppError, fieldError, sessionEnded } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserRow, UserService } from '../users/users.service.js';
import { passwordChangedEmail, passwordResetEmail } from './auth.messages.js';
import { addPasswordHistory, countTokensSince, eraseCredentials, recentPasswordHashes, retireTokens } from './auth.repository.js';
import { consumeLinkToken, invalidLink, issueLinkToken, peekLinkToken } from './link-tokens.js';
import { sessionScope, type LockoutService } from './lockout.service.js';
import { passwordProblems } from './password-policy.js';
import type { PasswordHasher } from './passwords.js';
import type { SessionService } from './sessions.service.js';

const HOUR_MS = 3_600_000;
const RESET_TTL_MS = HOUR_MS;
const RESETS_PER_HOUR = 3;
const PASSWORD_HISTORY = 5;

/**
 * Passwords: the policy and history every new one must pass, forgetting and resetting one,
 * changing it, and confirming it before a grave change. Hashing is slow, so it always happens
 * before the transaction opens, never inside one.
 */
export function createPasswordService(deps: {
  db: Database;
  clock: Clock;
  run: UnitOfWork;
  hasher: PasswordHasher;
  mailer: Mailer;
  users: UserService;
  sessions: SessionService;
  lockout: LockoutService;
}) {
  const { db, clock, run, hasher, mailer, users, sessions, lockout } = deps;

  /** The policy, then (for an existing account) the last five passwords, then the hash. */
  const hashNew = async (userId: string | null, password: string, email: string): Promise<string> => {
    const problems = passwordProblems(password, email);
    if (problems.length) throw new AppError('AUTH_WEAK_PASSWORD', 'The password does not meet the policy', problems);
    if (userId) {
      for (const old of await recentPasswordHashes(db, userId, PASSWORD_HISTORY)) {
        if (await hasher.verify(old, password)) throw new AppError('AUTH_PASSWORD_REUSED', `Choose a password you have not used in your last ${PASSWORD_HISTORY}`);
      }
    }
    return hasher.hash(password);
  };

  /** The new hash on the account and in its history. */
  const setPassword = async (ctx: Context, userId: string, passwordHash: string): Promise<void> => {
    await users.setPasswordHash(ctx, userId, passwordHash);
    await addPasswordHistory(ctx.tx, userId, passwordHash, ctx.now);
  };

  return {
    hashNew,

    /** The first password of a new account. */
    recordHistory: (ctx: Context, userId: string, passwordHash: string) => addPasswordHistory(ctx.tx, userId, passwordHash, ctx.now),

    /** Always "accepted"; at most three links an hour, and a new link ends the earlier ones. */
    async forgot(visitor: Visitor, email: string): Promise<void> {
      await run(visitor, async (ctx) => {
        const user = await users.findByEmail(email, ctx);
        if (!user || user.status === 'deleted') return;
        // Counted under the account's row lock: of requests racing, only three ever send.
        await users.lock(ctx, user.id);
        if ((await countTokensSince(ctx.tx, user.id, 'reset_password', new Date(ctx.now.getTime() - HOUR_MS))) >= RESETS_PER_HOUR) return;
        await retireTokens(ctx.tx, user.id, 'reset_password', ctx.now);
        const token = await issueLinkToken(ctx, user.id, 'reset_password', RESET_TTL_MS);
        await mailer.queue(ctx, user.email, passwordResetEmail(mailer.link('/reset-password', { token })));
        await ctx.audit({ action: 'auth.password.reset_requested', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },

    /**
     * The link's account gets the new password and is signed out everywhere. The password is
     * checked and hashed first, with the link left unused; the transaction then uses the link up,
     * so of two resets racing with one link, one wins and the other finds it used.
     */
    async reset(visitor: Visitor, token: string, password: string): Promise<void> {
      const linkedId = await peekLinkToken(db, 'reset_password', token, clock.now());
      const linked = linkedId ? await users.findById(linkedId) : undefined;
      if (!linked) throw invalidLink();
      const passwordHash = await hashNew(linked.id, password, linked.email);
      await run(visitor, async (ctx) => {
        if ((await consumeLinkToken(ctx, 'reset_password', token)) !== linked.id) throw invalidLink();
        await setPassword(ctx, linked.id, passwordHash);
        await lockout.clear(ctx, linked.email);
        const revoked = await sessions.revokeAll(ctx, linked.id, 'password_reset');
        await mailer.queue(ctx, linked.email, passwordChangedEmail('reset', { label: 'Sign in', url: mailer.link('/sign-in') }));
        await ctx.audit({ action: 'auth.password.reset', outcome: 'success', actor: linked, target: { type: 'user', id: linked.id }, details: { sessionsRevoked: revoked.length } });
      });
    },

    /**
     * A signed-in user proves they know the password before a grave change (a new password,
     * closing the account, making an admin). A wrong one counts like a failed login of the session,
     * so whoever holds a stolen token cannot guess it freely: the fifth within 15 minutes locks the
     * session's confirmations until the lock lifts, and only the session's.
     */
    async confirm(actor: Actor, password: string, failure: { action: string; field: string }): Promise<UserRow> {
      const user = await users.findById(actor.userId);
      if (user?.status !== 'active') throw sessionEnded();
      // The session's own count, so a stolen token's guesses neither go free nor lock the owner's devices.
      const key = { email: user.email, scope: sessionScope(actor.sessionId) };
      const locked = (lockedFor: number) => new AppError('AUTH_ACCOUNT_LOCKED', 'Too many wrong passwords: confirming is locked for now', { retryAfterSeconds: lockedFor });
      // Looked at before hashing: a locked session's attempts cost the hashing threads nothing. The
      // caller holds the session, so answering fast tells it nothing it does not know.
      const lockedBefore = await run(actor, (ctx) => lockout.lockedFor(ctx, key));
      if (lockedBefore !== null) throw locked(lockedBefore);
      if (await hasher.verify(user.passwordHash, password)) return user;
      const lockedSince = await run(actor, async (ctx) => {
        const lockedFor = await lockout.lockedFor(ctx, key);
        if (lockedFor !== null) return lockedFor;
        await ctx.audit({ action: failure.action, outcome: 'failure', target: { type: 'user', id: user.id } });
        await lockout.recordFailure(ctx, key, user);
        return null;
      });
      if (lockedSince !== null) throw locked(lockedSince);
      // 400, not 401: clients read 401 as "signed out".
      throw fieldError(failure.field, 'The password is not correct');
    },

    /** POST /me/password: the other sessions are signed out. */
    async change(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
      const user = await this.confirm(actor, currentPassword, { action: 'auth.password.change_failed', field: 'currentPassword' });
      const passwordHash = await hashNew(user.id, newPassword, user.email);
      await run(actor, async (ctx) => {
        await setPassword(ctx, user.id, passwordHash);
        const revoked = await sessions.revokeAll(ctx, user.id, 'password_changed', { exceptId: actor.sessionId });
        await mailer.queue(ctx, user.email, passwordChangedEmail('changed', { label: 'Reset my password', url: mailer.link('/forgot-password') }));
        await ctx.audit({ action: 'auth.password.changed', outcome: 'success', target: { type: 'user', id: user.id }, details: { sessionsRevoked: revoked.length } });
      });
    },

    /** A closed account's email links and old password hashes: nothing of them stays. */
    eraseFor: (ctx: Context, userId: string) => eraseCredentials(ctx.tx, userId),
  };
}

export type PasswordService = ReturnType<typeof createPasswordService>;
