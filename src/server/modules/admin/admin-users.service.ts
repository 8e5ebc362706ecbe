import type { AdminUserDetail, AdminUserListQuery, AdminUserSummary, CreateAdminBody } from '../../../contracts/admin.js';
import type { UserProfile } from '../../../contracts/auth.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { ModuleDeps } from '../../app.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import { requireE164 } from '../../lib/phone.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { listAddresses } from '../addresses/addresses.service.js';
import { listActiveSessions, revokeSessions } from '../auth/auth.repository.js';
import { sessionViewOf } from '../auth/auth.service.js';
import * as users from '../users/users.repository.js';
import { accountOf, adminPasswordHash, insertAdmin, profileOf } from '../users/users.service.js';

/** The signed-in admin doing it. */
export type Actor = { id: string; email: string };

const conflict = (message: string) => new AppError('CONFLICT', message);

/**
 * User administration: find accounts, look into one, make admins, suspend and reactivate. Orders
 * are not part of the detail yet: they arrive with the orders module.
 */
export function createAdminUserService({ db, clock, mailer, guard }: Pick<ModuleDeps, 'db' | 'clock' | 'mailer' | 'guard'>) {
  return {
    async list(query: AdminUserListQuery): Promise<{ items: AdminUserSummary[]; meta: PaginationMeta }> {
      const { rows, total } = await users.searchUsers(db, {
        text: query.q || undefined,
        role: query.role,
        status: query.status,
        limit: query.pageSize,
        offset: offsetOf(query),
      });
      return { items: rows.map(accountOf), meta: pageMeta(query, total) };
    },

    async detail(userId: string): Promise<AdminUserDetail> {
      const user = await users.findUserById(db, userId);
      if (!user) throw notFound('User');
      const now = clock.now();
      const [profile, addresses, sessions, recentFailures] = await Promise.all([
        profileOf(db, user),
        listAddresses(db, user.id),
        listActiveSessions(db, user.id, now),
        users.countRecentLoginFailures(db, user.id, now),
      ]);
      return {
        user: profile,
        addresses,
        sessions: sessions.map((session) => sessionViewOf(session)),
        login: {
          lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
          failedLoginsLast15Minutes: recentFailures,
        },
      };
    },

    /** An active, verified admin: with the bootstrap, the only way one is made. */
    async createAdmin(input: CreateAdminBody, actor: Actor, ctx: AuditContext): Promise<UserProfile> {
      const admin = { ...input, phone: requireE164(input.phone) };
      const passwordHash = await adminPasswordHash(admin);
      const created = await db.transaction(async (tx) => {
        const user = await insertAdmin(tx, mailer, admin, passwordHash, clock.now());
        await audit(tx, ctx, { action: 'admin.user.admin_created', outcome: 'success', actor, target: { type: 'user', id: user.id }, details: { email: user.email } });
        return user;
      });
      return profileOf(db, created);
    },

    /**
     * Suspends an active customer or seller and signs out all their devices at once. Admins are
     * not suspended here: the shop must never be left without a way back in.
     */
    async suspend(userId: string, reason: string | undefined, actor: Actor, ctx: AuditContext): Promise<UserProfile> {
      const { user, revoked } = await db.transaction(async (tx) => {
        const target = await users.findUserById(tx, userId);
        if (!target) throw notFound('User');
        if (target.id === actor.id) throw conflict('You cannot suspend your own account');
        if (target.role === 'admin') throw conflict('Admin accounts cannot be suspended');
        const now = clock.now();
        const suspended = await users.changeUserStatus(tx, target.id, { from: 'active', to: 'suspended' }, now);
        if (!suspended) throw conflict('Only an active account can be suspended');
        const sessionIds = await revokeSessions(tx, target.id, 'suspended', now);
        await mailer.queue(tx, target.email, (store) => ({
          subject: `Your ${store} account was suspended`,
          heading: 'Your account is suspended',
          paragraphs: [
            'An administrator suspended your account, and every device signed in to it was signed out. You cannot sign in while it is suspended.',
            ...(reason ? [`The reason given: ${reason}`] : []),
          ],
          footnote: 'If you think this is a mistake, reply to this email and tell us why.',
        }));
        await audit(tx, ctx, {
          action: 'admin.user.suspended',
          outcome: 'success',
          actor,
          target: { type: 'user', id: target.id },
          details: { reason: reason ?? null, sessionsRevoked: sessionIds.length },
        });
        return { user: suspended, revoked: sessionIds };
      });
      // After the commit: every node forgets the sessions, so their access tokens fail at once.
      await guard.revoked(revoked);
      return profileOf(db, user);
    },

    async activate(userId: string, reason: string | undefined, actor: Actor, ctx: AuditContext): Promise<UserProfile> {
      const user = await db.transaction(async (tx) => {
        const target = await users.findUserById(tx, userId);
        if (!target) throw notFound('User');
        const activated = await users.changeUserStatus(tx, target.id, { from: 'suspended', to: 'active' }, clock.now());
        if (!activated) throw conflict('Only a suspended account can be activated');
        await mailer.queue(tx, target.email, (store) => ({
          subject: `Your ${store} account is active again`,
          heading: 'Welcome back',
          paragraphs: ['An administrator lifted the suspension of your account: you can sign in again.', ...(reason ? [`The note given: ${reason}`] : [])],
          action: { label: 'Sign in', url: mailer.link('/sign-in') },
        }));
        await audit(tx, ctx, { action: 'admin.user.activated', outcome: 'success', actor, target: { type: 'user', id: target.id }, details: { reason: reason ?? null } });
        return activated;
      });
      return profileOf(db, user);
    },
  };
}

export type AdminUserService = ReturnType<typeof createAdminUserService>;
