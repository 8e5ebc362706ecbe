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
import { locate, parseDevice, type Geolocator } from './device.js';
import type { IpBlock } from './ip-block.js';
import { sha256 } from './link-tokens.js';
import type { LockoutService } from './lockout.service.js';
import { needsRehash, type PasswordHasher } from './passwords.js';
import { findSessionByRefreshHash, refreshSession } from './sessions.repository.js';
import type { SessionService } from './sessions.service.js';
import { ACCESS_TTL_SECONDS, type TokenService } from './tokens.js';

/** A refresh token is replaced only when it has less than this left, so active users never expire. */
const REFRESH_RENEW_WITHIN_MS = 7 * 24 * 3_600_000;

export type SignedIn = LoginResult & { refreshExpiresAt: Date };
export type Refreshed = RefreshResult & { refreshExpiresAt?: Date };

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
  ipBlock: IpBlock;
  geolocate: Geolocator;
}) {
  const { db, clock, run, hasher, tokens, mailer, users, sessions, lockout, ipBlock } = deps;

  const accessTokenFor = (user: Pick<UserRow, 'id' | 'email' | 'role'>, sessionId: string): string =>
    tokens.signAccess({ userId: user.id, email: user.email, role: user.role, sid: sessionId });

  /** A wrong password or an unknown email: counted toward the address's block and the account's lock. */
  const failed = async (visitor: Visitor, email: string, user: UserRow | undefined): Promise<never> => {
    await ipBlock.recordFailure(clientKey(visitor.ip));
    await run(visitor, async (ctx) => {
      await ctx.audit({ action: 'auth.login.failed', outcome: 'failure', actor: user ?? null, details: user ? {} : { email } });
      if (user) await lockout.recordFailure(ctx, user);
    });
    throw invalidCredentials();
  };

  /** Only the holder of the right password learns the account's state: recorded, then refused. */
  const refused = async (visitor: Visitor, user: UserRow, reason: string, error: AppError): Promise<never> => {
    await run(visitor, (ctx) => ctx.audit({ action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason } }));
    throw error;
  };

  return {
    async login(visitor: Visitor, email: string, password: string): Promise<SignedIn> {
      const user = await users.findByEmail(email);
      const passwordOk = user ? await hasher.verify(user.passwordHash, password) : await hasher.verifyAgainstDummy(password);
      if (!user || !passwordOk) return failed(visitor, email, user);

      if (user.status === 'suspended' || user.status === 'deleted') return refused(visitor, user, user.status, suspended());
      if (user.status === 'unverified') {
        return refused(visitor, user, 'unverified', new AppError('AUTH_EMAIL_NOT_VERIFIED', 'Confirm your email address before signing in'));
      }
      // The slow parts before the transaction: nothing holds a connection while they run.
      const device = parseDevice(visitor.userAgent);
      const location = await locate(visitor.ip, deps.geolocate);
      const rehashed = needsRehash(user.passwordHash) ? await hasher.hash(password) : undefined;
      const sessionId = newId();
      const refreshTokenId = randomUUID();
      const refresh = tokens.signRefresh({ userId: user.id, tokenId: refreshTokenId });

      const outcome = await run(visitor, async (ctx) => {
        const lockedFor = await lockout.admitSignIn(ctx, user.id);
        if (lockedFor !== null) {
          await ctx.audit({ action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason: 'locked' } });
          return { lockedFor };
        }
        // Suspended or closed since the password was checked: its new session would be missed by
        // the revocation, and come back to life if the account were reactivated.
        if (!(await users.recordSignIn(ctx, user.id, rehashed))) throw suspended();
        const earlier = await sessions.open(
          ctx,
          { id: sessionId, userId: user.id, refreshTokenHash: sha256(refreshTokenId), refreshExpiresAt: refresh.expiresAt, ...device, userAgent: visitor.userAgent, ip: visitor.ip, location, createdAt: ctx.now, lastActiveAt: ctx.now },
          recordOf(visitor, ctx.now, { action: 'auth.login.succeeded', outcome: 'success', actor: user, target: { type: 'session', id: sessionId }, details: { rehashed: Boolean(rehashed) } }),
        );
        if (earlier.signedInBefore && !earlier.fromThisDevice) {
          await mailer.queue(ctx, user.email, newSignInEmail({ device, location, ip: visitor.ip, at: ctx.now }, mailer.link('/account/security')));
        }
        return { signedInAt: ctx.now };
      });
      if ('lockedFor' in outcome) {
        throw new AppError('AUTH_ACCOUNT_LOCKED', 'Too many failed sign-ins: this account is locked for now', { retryAfterSeconds: outcome.lockedFor });
      }
      const { signedInAt } = outcome;

      return {
        accessToken: accessTokenFor(user, sessionId),
        refreshToken: refresh.token,
        refreshExpiresAt: refresh.expiresAt,
        tokenType: 'Bearer',
        expiresIn: ACCESS_TTL_SECONDS,
        user: await users.profileOf({ ...user, lastLoginAt: signedInAt }),
        session: { id: sessionId },
      };
    },

    /** One prepared statement writes the activity, the renewal and the audit record: refresh is the hottest write. */
    async refresh(visitor: Visitor, refreshToken: string): Promise<Refreshed> {
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
      };
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
