import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { LoginResult, RefreshResult, RegisterBody, SessionView, UserProfile } from '../../../contracts/auth.js';
import type { Database } from '../../db/client.js';
import { AppError, sessionEnded } from '../../lib/app-error.js';
import { clientKey } from '../../lib/client-key.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { requireE164 } from '../../lib/phone.js';
import { audit, recordOf, type AuditContext } from '../audit/audit.service.js';
import type { Mailer } from '../mail/mail.service.js';
import * as users from '../users/users.repository.js';
import { profileOf } from '../users/users.service.js';
import * as repo from './auth.repository.js';
import { locate, parseDevice, type Geolocator } from './device.js';
import type { IpBlock } from './ip-block.js';
import { passwordProblems } from './password-policy.js';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { permissionsByRole } from './permissions.js';
import type { SessionGuard } from './session-guard.js';
import { ACCESS_TTL_SECONDS, type AccessClaims, type TokenService } from './tokens.js';

const HOUR_MS = 3_600_000;
const VERIFY_TTL_MS = 24 * HOUR_MS;
const RESET_TTL_MS = HOUR_MS;
const RESEND_INTERVAL_MS = 5 * 60_000;
const RESETS_PER_HOUR = 3;
const PASSWORD_HISTORY = 5;
/** A refresh token is replaced only when it has less than this left, so active users never expire. */
const REFRESH_RENEW_WITHIN_MS = 7 * 24 * HOUR_MS;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const newLinkToken = (): string => randomBytes(32).toString('base64url');

export type AuthDeps = {
  db: Database;
  clock: Clock;
  tokens: TokenService;
  mailer: Mailer;
  guard: SessionGuard;
  ipBlock: IpBlock;
  geolocate: Geolocator;
};

export type SignedIn = LoginResult & { refreshExpiresAt: Date };
export type Refreshed = RefreshResult & { refreshExpiresAt?: Date };

const invalidField = (field: string, message: string) => new AppError('VALIDATION_ERROR', 'The request is not valid', [{ field, message }]);
const invalidCredentials = () => new AppError('AUTH_INVALID_CREDENTIALS', 'Invalid email or password');
const invalidLink = () => new AppError('AUTH_RESET_TOKEN_INVALID', 'This link is invalid or has expired');

/** A live session as its user (or an admin) sees it; `current` marks the viewer's own. */
export const sessionViewOf = (row: repo.SessionRow, viewerSessionId?: string): SessionView => ({
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

export function createAuthService(deps: AuthDeps) {
  const { db, clock, tokens, mailer, guard, ipBlock } = deps;

  const checkNewPassword = async (userId: string | null, password: string, email: string) => {
    const problems = passwordProblems(password, email);
    if (problems.length) throw new AppError('AUTH_WEAK_PASSWORD', 'The password does not meet the policy', problems);
    if (!userId) return;
    for (const old of await repo.recentPasswordHashes(db, userId, PASSWORD_HISTORY)) {
      if (await verifyPassword(old, password)) {
        throw new AppError('AUTH_PASSWORD_REUSED', `Choose a password you have not used in your last ${PASSWORD_HISTORY}`);
      }
    }
  };

  const issueLinkToken = async (
    tx: Parameters<typeof repo.insertOneTimeToken>[0],
    userId: string,
    kind: repo.OneTimeTokenKind,
    ttlMs: number,
  ): Promise<string> => {
    const token = newLinkToken();
    const now = clock.now();
    await repo.insertOneTimeToken(tx, { userId, kind, tokenHash: sha256(token), createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) });
    return token;
  };

  const queueVerificationEmail = async (tx: Parameters<typeof mailer.queue>[0], user: { id: string; email: string; fullName: string }) => {
    const token = await issueLinkToken(tx, user.id, 'verify_email', VERIFY_TTL_MS);
    await mailer.queue(tx, user.email, (store) => ({
      subject: 'Confirm your email address',
      heading: `Welcome, ${user.fullName}`,
      paragraphs: [`Confirm that this is your email address to finish creating your ${store} account.`],
      action: { label: 'Confirm my email', url: mailer.link('/verify-email', { token }) },
      footnote: 'The link works for 24 hours. If you did not sign up, ignore this email.',
    }));
  };

  const accessTokenFor = (user: { id: string; email: string; role: users.UserRow['role'] }, sessionId: string): string =>
    tokens.signAccess({ userId: user.id, email: user.email, role: user.role, permissions: [...permissionsByRole[user.role]], sid: sessionId });

  /** The fifth failure: lock, audit, and email an unlock link that lives as long as the lock. */
  const lockOut = async (tx: Parameters<typeof audit>[0], user: users.UserRow, lockedUntil: Date, ctx: AuditContext): Promise<void> => {
    const token = await issueLinkToken(tx, user.id, 'unlock', lockedUntil.getTime() - clock.now().getTime());
    await mailer.queue(tx, user.email, (store) => ({
      subject: `Your ${store} account was locked`,
      heading: 'We locked your account to protect it',
      paragraphs: [
        'Someone entered a wrong password for your account five times in a row, so sign-in is locked for 30 minutes.',
        'If it was you, unlock your account now with the button below. If not, consider changing your password.',
      ],
      action: { label: 'Unlock my account', url: mailer.link('/unlock', { token }) },
      footnote: `The account unlocks by itself at ${lockedUntil.toUTCString()}.`,
    }));
    await audit(tx, ctx, { action: 'auth.lockout', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details: { lockedUntil: lockedUntil.toISOString() } });
  };

  /** Revokes sessions after their transaction commits, then tells every node's session cache. */
  const afterRevoking = (ids: string[]) => guard.revoked(ids);

  return {
    async register(input: RegisterBody, ctx: AuditContext): Promise<UserProfile> {
      const phone = requireE164(input.phone);
      if (input.role === 'seller' && !input.business) {
        throw invalidField('business', 'A seller needs a business name and tax id');
      }
      if (input.role === 'customer' && input.business) {
        throw invalidField('business', 'Only sellers have a business');
      }
      await checkNewPassword(null, input.password, input.email);
      const passwordHash = await hashPassword(input.password);

      const user = await db.transaction(async (tx) => {
        if (await users.findUserByEmail(tx, input.email)) throw new AppError('AUTH_EMAIL_EXISTS', 'An account with this email already exists');
        const now = clock.now();
        const created = await users
          .insertUser(tx, {
            id: newId(),
            email: input.email,
            passwordHash,
            fullName: input.fullName,
            phone,
            role: input.role,
            status: 'unverified',
            createdAt: now,
            updatedAt: now,
          })
          .catch((error: unknown) => {
            // Two registrations racing for one address: the unique index decides.
            if ((error as { cause?: { code?: string } }).cause?.code === '23505') throw new AppError('AUTH_EMAIL_EXISTS', 'An account with this email already exists');
            throw error;
          });
        if (input.business) await users.insertSellerProfile(tx, { userId: created.id, businessName: input.business.name, taxId: input.business.taxId, createdAt: now });
        await repo.addPasswordHistory(tx, created.id, passwordHash, now);
        await queueVerificationEmail(tx, created);
        await audit(tx, ctx, { action: 'auth.register', outcome: 'success', actor: created, target: { type: 'user', id: created.id }, details: { role: input.role } });
        return created;
      });
      return profileOf(db, user);
    },

    async verifyEmail(token: string, ctx: AuditContext): Promise<UserProfile> {
      const user = await db.transaction(async (tx) => {
        const now = clock.now();
        const userId = await repo.consumeToken(tx, 'verify_email', sha256(token), now);
        if (!userId) throw invalidLink();
        // Any other verification link of this account has nothing left to do.
        await repo.retireTokens(tx, userId, 'verify_email', now);
        const verified = await users.markEmailVerified(tx, userId, now);
        const current = verified ?? (await users.findUserById(tx, userId));
        if (!current) throw invalidLink();
        await audit(tx, ctx, { action: 'auth.email.verified', outcome: 'success', actor: current, target: { type: 'user', id: current.id } });
        return current;
      });
      return profileOf(db, user);
    },

    /** Always "accepted": the answer never reveals whether the address has an account. */
    async resendVerification(email: string, ctx: AuditContext): Promise<void> {
      await db.transaction(async (tx) => {
        const user = await users.findUserByEmail(tx, email);
        if (!user || user.status !== 'unverified') return;
        const now = clock.now();
        if ((await repo.countTokensSince(tx, user.id, 'verify_email', new Date(now.getTime() - RESEND_INTERVAL_MS))) > 0) return;
        await queueVerificationEmail(tx, user);
        await audit(tx, ctx, { action: 'auth.verification.resent', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },

    async login(email: string, password: string, ctx: AuditContext): Promise<SignedIn> {
      const user = await users.findUserByEmail(db, email);
      const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

      if (!user || !passwordOk) {
        await ipBlock.recordFailure(clientKey(ctx.ip));
        await db.transaction(async (tx) => {
          const now = clock.now();
          const lockedUntil = user ? await users.recordLoginFailure(tx, user.id, now) : null;
          await audit(tx, ctx, { action: 'auth.login.failed', outcome: 'failure', actor: user ? user : null, details: user ? {} : { email } });
          if (user && lockedUntil) await lockOut(tx, user, lockedUntil, ctx);
        });
        throw invalidCredentials();
      }

      // Only the holder of the right password learns the account's state.
      const now = clock.now();
      if (user.status === 'suspended' || user.status === 'deleted') {
        await audit(db, ctx, { action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason: user.status } });
        throw new AppError('AUTH_ACCOUNT_SUSPENDED', 'This account is suspended');
      }
      if (user.status === 'unverified') {
        await audit(db, ctx, { action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason: 'unverified' } });
        throw new AppError('AUTH_EMAIL_NOT_VERIFIED', 'Confirm your email address before signing in');
      }
      if (user.lockedUntil && user.lockedUntil > now) {
        await audit(db, ctx, { action: 'auth.login.failed', outcome: 'denied', actor: user, details: { reason: 'locked' } });
        throw new AppError('AUTH_ACCOUNT_LOCKED', 'Too many failed sign-ins: this account is locked for now', {
          retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000),
        });
      }

      const device = parseDevice(ctx.userAgent);
      const location = await locate(ctx.ip, deps.geolocate);
      const rehashed = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
      const sessionId = newId();
      const tokenId = randomUUID();
      const refresh = tokens.signRefresh({ userId: user.id, tokenId });

      await db.transaction(async (tx) => {
        const earlier = await repo.openSession(tx, {
          session: {
            id: sessionId,
            userId: user.id,
            refreshTokenHash: sha256(tokenId),
            refreshExpiresAt: refresh.expiresAt,
            ...device,
            userAgent: ctx.userAgent.slice(0, 512),
            ip: ctx.ip,
            location,
            createdAt: now,
            lastActiveAt: now,
          },
          passwordHash: rehashed,
          record: recordOf(ctx, { action: 'auth.login.succeeded', outcome: 'success', actor: user, target: { type: 'session', id: sessionId }, details: { rehashed: Boolean(rehashed) } }),
        });
        // Suspended or closed since the password was checked: its new session would be missed by
        // the revocation, and come back to life if the account were reactivated.
        if (!earlier) throw new AppError('AUTH_ACCOUNT_SUSPENDED', 'This account is suspended');
        if (earlier.signedInBefore && !earlier.fromThisDevice) {
          await mailer.queue(tx, user.email, (store) => ({
            subject: `New sign-in to your ${store} account`,
            heading: 'A new device signed in',
            paragraphs: [
              `Your account was signed in from ${device.browser} on ${device.os} (${location}, IP ${ctx.ip}) at ${now.toUTCString()}.`,
              'If this was you, there is nothing to do. If not, change your password now and sign out the devices you do not recognise.',
            ],
            action: { label: 'Review your devices', url: mailer.link('/account/security') },
          }));
        }
      });
      const signedInUser = { ...user, lastLoginAt: now };

      return {
        accessToken: accessTokenFor(signedInUser, sessionId),
        refreshToken: refresh.token,
        refreshExpiresAt: refresh.expiresAt,
        tokenType: 'Bearer',
        expiresIn: ACCESS_TTL_SECONDS,
        user: await profileOf(db, signedInUser),
        session: { id: sessionId },
      };
    },

    async refresh(refreshToken: string, ctx: AuditContext): Promise<Refreshed> {
      const claims = tokens.verifyRefresh(refreshToken);
      const now = clock.now();
      const found = await repo.findSessionByRefreshHash(db, sha256(claims.tokenId));
      const { session, user } = found ?? {};
      if (!session || !user || session.userId !== claims.userId || session.revokedAt || session.refreshExpiresAt <= now || user.status !== 'active') {
        throw sessionEnded();
      }

      const renew = session.refreshExpiresAt.getTime() - now.getTime() < REFRESH_RENEW_WITHIN_MS;
      const newTokenId = randomUUID();
      const renewed = renew ? tokens.signRefresh({ userId: user.id, tokenId: newTokenId }) : undefined;
      const refreshed = await repo.refreshSession(db, {
        sessionId: session.id,
        currentHash: session.refreshTokenHash,
        now,
        refreshTokenHash: renewed ? sha256(newTokenId) : null,
        refreshExpiresAt: renewed?.expiresAt ?? null,
        ...recordOf(ctx, { action: 'auth.token.refreshed', outcome: 'success', actor: user, target: { type: 'session', id: session.id }, details: { renewed: Boolean(renewed) } }),
      });
      // Revoked, or renewed by a concurrent refresh, since it was read: that one wins.
      if (refreshed === 0) throw sessionEnded();
      return {
        accessToken: accessTokenFor(user, session.id),
        expiresIn: ACCESS_TTL_SECONDS,
        ...(renewed ? { refreshToken: renewed.token, refreshExpiresAt: renewed.expiresAt } : {}),
      };
    },

    async logout(auth: AccessClaims, ctx: AuditContext, everywhere: boolean): Promise<void> {
      const ids = await db.transaction(async (tx) => {
        const revoked = await repo.revokeSessions(tx, auth.userId, everywhere ? 'logout_all' : 'logout', clock.now(), everywhere ? {} : { onlyId: auth.sid });
        await audit(tx, ctx, {
          action: everywhere ? 'auth.logout.all' : 'auth.logout',
          outcome: 'success',
          actor: { id: auth.userId, email: auth.email },
          // The session signed out from, which is one of many when everywhere.
          target: { type: 'session', id: auth.sid },
          details: { sessions: revoked.length },
        });
        return revoked;
      });
      await afterRevoking(ids);
    },

    /** Always "accepted"; at most three links an hour, and a new link ends the earlier ones. */
    async forgotPassword(email: string, ctx: AuditContext): Promise<void> {
      await db.transaction(async (tx) => {
        const user = await users.findUserByEmail(tx, email);
        if (!user || user.status === 'deleted') return;
        const now = clock.now();
        if ((await repo.countTokensSince(tx, user.id, 'reset_password', new Date(now.getTime() - HOUR_MS))) >= RESETS_PER_HOUR) return;
        await repo.retireTokens(tx, user.id, 'reset_password', now);
        const token = await issueLinkToken(tx, user.id, 'reset_password', RESET_TTL_MS);
        await mailer.queue(tx, user.email, (store) => ({
          subject: `Reset your ${store} password`,
          heading: 'Choose a new password',
          paragraphs: ['Someone asked to reset the password of your account. If it was you, choose a new one below.'],
          action: { label: 'Reset my password', url: mailer.link('/reset-password', { token }) },
          footnote: 'The link works for one hour and only once. If you did not ask, ignore this email: your password stays as it is.',
        }));
        await audit(tx, ctx, { action: 'auth.password.reset_requested', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },

    async resetPassword(token: string, password: string, ctx: AuditContext): Promise<void> {
      const ids = await db.transaction(async (tx) => {
        const now = clock.now();
        // Consumed first, so a link is good for one reset even when two requests race; a weak
        // or reused password rolls the transaction back and leaves the link usable.
        const userId = await repo.consumeToken(tx, 'reset_password', sha256(token), now);
        const user = userId ? await users.findUserById(tx, userId) : undefined;
        if (!user) throw invalidLink();
        await checkNewPassword(user.id, password, user.email);
        const passwordHash = await hashPassword(password);
        await users.setPasswordHash(tx, user.id, passwordHash, now);
        await users.clearLoginFailures(tx, user.id);
        await repo.addPasswordHistory(tx, user.id, passwordHash, now);
        const revoked = await repo.revokeSessions(tx, user.id, 'password_reset', now);
        await mailer.queue(tx, user.email, (store) => ({
          subject: `Your ${store} password was changed`,
          heading: 'Your password was reset',
          paragraphs: ['The password of your account was just reset, and every device was signed out.', 'If you did not do this, reset it again at once and contact us.'],
          action: { label: 'Sign in', url: mailer.link('/sign-in') },
        }));
        await audit(tx, ctx, { action: 'auth.password.reset', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details: { sessionsRevoked: revoked.length } });
        return revoked;
      });
      await afterRevoking(ids);
    },

    async unlock(token: string, ctx: AuditContext): Promise<void> {
      await db.transaction(async (tx) => {
        const userId = await repo.consumeToken(tx, 'unlock', sha256(token), clock.now());
        const user = userId ? await users.findUserById(tx, userId) : undefined;
        if (!user) throw invalidLink();
        await users.clearLoginFailures(tx, user.id);
        await audit(tx, ctx, { action: 'auth.unlock', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },

    /**
     * A signed-in user proves they know the password before a grave change (a new password,
     * closing the account). A wrong one counts like a failed login, so whoever holds a stolen
     * token cannot guess it freely: the fifth within 15 minutes locks the account, and a locked
     * account confirms nothing until it unlocks.
     */
    async confirmPassword(userId: string, password: string, ctx: AuditContext, failure: { action: string; field: string }): Promise<users.UserRow> {
      const user = await users.findUserById(db, userId);
      if (user?.status !== 'active') throw sessionEnded();
      const now = clock.now();
      if (user.lockedUntil && user.lockedUntil > now) {
        throw new AppError('AUTH_ACCOUNT_LOCKED', 'Too many wrong passwords: this account is locked for now', {
          retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000),
        });
      }
      if (await verifyPassword(user.passwordHash, password)) return user;
      await db.transaction(async (tx) => {
        const lockedUntil = await users.recordLoginFailure(tx, user.id, now);
        await audit(tx, ctx, { action: failure.action, outcome: 'failure', actor: user, target: { type: 'user', id: user.id } });
        if (lockedUntil) await lockOut(tx, user, lockedUntil, ctx);
      });
      // 400, not 401: clients read 401 as "signed out".
      throw new AppError('VALIDATION_ERROR', 'The password is not correct', [{ field: failure.field, message: 'The password is not correct' }]);
    },

    async changePassword(auth: AccessClaims, currentPassword: string, newPassword: string, ctx: AuditContext): Promise<void> {
      const user = await this.confirmPassword(auth.userId, currentPassword, ctx, { action: 'auth.password.change_failed', field: 'currentPassword' });
      await checkNewPassword(user.id, newPassword, user.email);
      const passwordHash = await hashPassword(newPassword);
      const ids = await db.transaction(async (tx) => {
        const now = clock.now();
        await users.setPasswordHash(tx, user.id, passwordHash, now);
        await repo.addPasswordHistory(tx, user.id, passwordHash, now);
        const revoked = await repo.revokeSessions(tx, user.id, 'password_changed', now, { exceptId: auth.sid });
        await mailer.queue(tx, user.email, (store) => ({
          subject: `Your ${store} password was changed`,
          heading: 'Your password was changed',
          paragraphs: ['The password of your account was just changed, and your other devices were signed out.', 'If you did not do this, reset your password at once.'],
          action: { label: 'Reset my password', url: mailer.link('/forgot-password') },
        }));
        await audit(tx, ctx, { action: 'auth.password.changed', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details: { sessionsRevoked: revoked.length } });
        return revoked;
      });
      await afterRevoking(ids);
    },

    async listSessions(auth: AccessClaims): Promise<SessionView[]> {
      return (await repo.listActiveSessions(db, auth.userId, clock.now())).map((row) => sessionViewOf(row, auth.sid));
    },

    async revokeSession(auth: AccessClaims, sessionId: string, ctx: AuditContext): Promise<void> {
      const ids = await db.transaction(async (tx) => {
        const revoked = await repo.revokeSessions(tx, auth.userId, 'revoked_by_user', clock.now(), { onlyId: sessionId });
        // Another user's session, or one already ended, looks the same: not found.
        if (revoked.length === 0) throw new AppError('NOT_FOUND', 'Session not found');
        await audit(tx, ctx, { action: 'auth.session.revoked', outcome: 'success', actor: { id: auth.userId, email: auth.email }, target: { type: 'session', id: sessionId } });
        return revoked;
      });
      await afterRevoking(ids);
    },

    /** For the session guard: is this session signed in? Also records activity, at most once a minute. */
    async sessionActive(sessionId: string): Promise<boolean> {
      const now = clock.now();
      const active = await repo.isSessionActive(db, sessionId, now);
      if (active) await repo.touchSession(db, sessionId, now);
      return active;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
