import { randomUUID } from 'node:crypto';
import type { LoginResult, RefreshResult } from '../../../contracts/auth.js';
import type { Visitor, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { AppError, sessionEnded } from '../../lib/app-error.js';
import { clientKey } from '../../lib/client-key.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { recordOf } from '../audit/audit.service.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserRow, UserService } from '../users/users.service.js';
import { newSignInEmail } from './auth.messages.js';
import type { DeviceCookies } from './device-cookies.js';
import { locate, parseDevice, type Geolocator } from './device.js';
import type { IpBlock } from './ip-block.js';
import { sha256 } from './link-tokens.js';
import { STRANGERS, type LockoutService } from './lockout.service.js';
import { needsRehash, type PasswordHasher } from './passwords.js';
import { findSessionByRefreshHash, refreshSession } from './sessions.repository.js';
import type { SessionService } from './sessions.service.js';
import { ACCESS_TTL_SECONDS, type SignedRefresh, type TokenService } from './tokens.js';

/** A refresh token is replaced only when it has less than this left, so active users never expire. */
const REFRESH_RENEW_WITHIN_MS = 7 * 24 * 3_600_000;

export type SignedIn = LoginResult & { refreshExpiresAt: Date; deviceCookie?: string };
export type Refreshed = RefreshResult & { refreshExpiresAt?: Date; deviceCookie?: string };

const invalidCredentials = () => new AppError('AUTH_INVALID_CREDENTIALS', 'Invalid email or password');
const suspended = () => new AppError('AUTH_ACCOUNT_SUSPENDED', 'This account is suspended');

/** Signing in with a password, and keeping a session signed in with its refresh token. */
export function createSignInService(deps: {
  db: Database;
  clock: Clock;
  run: UnitOfWork;
  hasher: PasswordHasher;
  tokens: TokenService;
  mailer: Mailer;
  users: UserService;
  sessions: SessionService;
  lockout: LockoutService;
  deviceCookies: DeviceCookies;
  ipBlock: IpBlock;
  geolocate: Geolocator;
  reportError: (error: unknown, what: string) => void;
}) {
  const { db, clock, run, hasher, tokens, mailer, users, sessions, lockout, deviceCookies, ipBlock } = deps;

  const accessTokenFor = (user: Pick<UserRow, 'id' | 'email' | 'role'>, sessionId: string): string =>
    tokens.signAccess({ userId: user.id, email: user.email, role: user.role, sid: sessionId });

  /**
   * A hash made with weaker parameters is replaced once its password has signed in. Best effort: the
   * old hash keeps working, and the next sign-in tries again (a full hashing queue, say).
   */
  const upgradeHash = async (visitor: Visitor, account: UserRow, password: string): Promise<void> => {
    try {
      const stronger = await hasher.hash(password);
      await run(visitor, (ctx) => users.upgradePasswordHash(ctx, account.id, { from: account.passwordHash, to: stronger }));
    } catch (error) {
      deps.reportError(error, 'password hash upgrade failed; the next sign-in tries again');
    }
  };

  return {
    /**
     * The lock looks first, whatever the password and whether or not an account has the email, and
     * only after the same hashing work: a lock tells nothing about the password or the account.
     * Then the password (against a dummy hash for an unknown email), then, only for the right one,
     * the account's state.
     */
    async login(visitor: Visitor, email: string, password: string, deviceCookie?: string): Promise<SignedIn> {
      const user = await users.findByEmail(email);
      const passwordOk = user ? await hasher.verify(user.passwordHash, password) : await hasher.verifyAgainstDummy(password);
      // A browser that signed in to this email before counts its failures apart.
      const key = { email, scope: deviceCookies.scopeOf(deviceCookie, email) ?? STRANGERS };
      const signsIn = user !== undefined && passwordOk && user.status === 'active';
      // The slow parts before the transaction: nothing holds a connection while they run.
      const device = parseDevice(visitor.userAgent);
      const location = signsIn ? await locate(visitor.ip, deps.geolocate) : '';
      const sessionId = newId();
      const refreshTokenId = randomUUID();

      const outcome = await run(visitor, async (ctx): Promise<{ refused: AppError; failed: boolean } | { account: UserRow; signedInAt: Date; refresh: SignedRefresh }> => {
        const lockedFor = signsIn ? await lockout.admitSignIn(ctx, key) : await lockout.lockedFor(ctx, key);
        if (lockedFor !== null) {
          await ctx.audit({ action: 'auth.login.failed', outcome: 'denied', actor: user ?? null, details: { reason: 'locked', ...(user ? {} : { email }) } });
          return { refused: new AppError('AUTH_ACCOUNT_LOCKED', 'Too many failed sign-ins: this account is locked for now', { retryAfterSeconds: lockedFor }), failed: true };
        }
        if (!user || !passwordOk) {
          await ctx.audit({ action: 'auth.login.failed', outcome: 'failure', actor: user ?? null, details: user ? {} : { email } });
          await lockout.recordFailure(ctx, key, user);
          return { refused: invalidCredentials(), failed: true };
        }
        // Only the holder of the right password learns the account's state.
        if (user.status !== 'active') {
          await ctx.audit({ action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason: user.status } });
          const error = user.status === 'unverified' ? new AppError('AUTH_EMAIL_NOT_VERIFIED', 'Confirm your email address before signing in') : suspended();
          return { refused: error, failed: false };
        }
        // Suspended or closed since the password was checked: its new session would be missed by
        // the revocation, and come back to life if the account were reactivated.
        if (!(await users.recordSignIn(ctx, user.id))) throw suspended();
        const refresh = tokens.signRefresh({ userId: user.id, tokenId: refreshTokenId });
        const earlier = await sessions.open(
          ctx,
          { id: sessionId, userId: user.id, refreshTokenHash: sha256(refreshTokenId), refreshExpiresAt: refresh.expiresAt, ...device, userAgent: visitor.userAgent, ip: visitor.ip, location, createdAt: ctx.now, lastActiveAt: ctx.now },
          recordOf(visitor, ctx.now, { action: 'auth.login.succeeded', outcome: 'success', actor: user, target: { type: 'session', id: sessionId } }),
        );
        if (earlier.signedInBefore && !earlier.fromThisDevice) {
          await mailer.queue(ctx, user.email, newSignInEmail({ device, location, ip: visitor.ip, at: ctx.now }, mailer.link('/account/security')));
        }
        return { account: user, signedInAt: ctx.now, refresh };
      });
      if ('refused' in outcome) {
        // Counted toward the address's block once the database has the failure: Redis may be down.
        if (outcome.failed) await ipBlock.recordFailure(clientKey(visitor.ip));
        throw outcome.refused;
      }
      const { account, signedInAt, refresh } = outcome;
      // Only now that the lock is known not to hold: a locked email's attempts all cost the same.
      if (needsRehash(account.passwordHash)) await upgradeHash(visitor, account, password);

      return {
        accessToken: accessTokenFor(account, sessionId),
        refreshToken: refresh.token,
        refreshExpiresAt: refresh.expiresAt,
        tokenType: 'Bearer',
        expiresIn: ACCESS_TTL_SECONDS,
        user: await users.profileOf({ ...account, lastLoginAt: signedInAt }),
        session: { id: sessionId },
        // A browser new to the account gets its device cookie; one it knows keeps the one it has.
        ...(key.scope === STRANGERS ? { deviceCookie: deviceCookies.issue(email) } : {}),
      };
    },

    /** One prepared statement writes the activity, the renewal and the audit record: refresh is the hottest write. */
    async refresh(visitor: Visitor, refreshToken: string, deviceCookie?: string): Promise<Refreshed> {
      const claims = tokens.verifyRefresh(refreshToken);
      const now = clock.now();
      const found = await findSessionByRefreshHash(db, sha256(claims.tokenId));
      const { session, user } = found ?? {};
      if (!session || !user || session.userId !== claims.userId) throw sessionEnded();
      if (session.refreshExpiresAt <= now) throw sessionEnded();
      // The holder of a session the suspension ended may learn why: the web app tells the user so.
      if (user.status === 'suspended' && (!session.revokedAt || session.revokedReason === 'suspended')) throw sessionEnded({ reason: 'account_suspended' });
      if (session.revokedAt || user.status !== 'active') throw sessionEnded();

      const renew = session.refreshExpiresAt.getTime() - now.getTime() < REFRESH_RENEW_WITHIN_MS;
      const newTokenId = randomUUID();
      const renewed = renew ? tokens.signRefresh({ userId: user.id, tokenId: newTokenId }) : undefined;
      const { rowCount } = await refreshSession(db, {
        sessionId: session.id,
        currentHash: session.refreshTokenHash,
        now,
        refreshTokenHash: renewed ? sha256(newTokenId) : null,
        refreshExpiresAt: renewed?.expiresAt ?? null,
        ...recordOf(visitor, now, { action: 'auth.token.refreshed', outcome: 'success', actor: user, target: { type: 'session', id: session.id }, details: { renewed: Boolean(renewed) } }),
      });
      // Revoked, or renewed by a concurrent refresh, since it was read: that one wins.
      if (rowCount === 0) throw sessionEnded();
      return {
        accessToken: accessTokenFor(user, session.id),
        expiresIn: ACCESS_TTL_SECONDS,
        ...(renewed ? { refreshToken: renewed.token, refreshExpiresAt: renewed.expiresAt } : {}),
        // A browser kept signed in since before device cookies existed is the owner's too.
        ...(deviceCookies.scopeOf(deviceCookie, user.email) === null ? { deviceCookie: deviceCookies.issue(user.email) } : {}),
      };
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
