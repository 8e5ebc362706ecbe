import type { AdminUserDetail, AdminUserListQuery, AdminUserSummary, CreateAdminBody } from '../../../contracts/admin.js';
import type { UserProfile } from '../../../contracts/auth.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import { systemVisitor, type Actor, type Context, type UnitOfWork } from '../../context.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import { requireE164 } from '../../lib/phone.js';
import type { AddressService } from '../addresses/addresses.service.js';
import type { LockoutService } from '../auth/lockout.service.js';
import type { PasswordService } from '../auth/passwords.service.js';
import type { SessionService } from '../auth/sessions.service.js';
import type { Mailer } from '../mail/mail.service.js';
import { accountOf, type UserRow, type UserService } from '../users/users.service.js';
import { adminCreatedNotice, adminSuspendedNotice, adminWelcomeEmail, reactivatedEmail, suspendedEmail } from './admin.messages.js';

export type NewAdmin = { email: string; password: string; fullName: string; phone?: string };


/**
 * User administration: find accounts, look into one, make admins, suspend and reactivate. Orders
 * are not part of the detail yet: they arrive with the orders module.
 */
export function createAdminUserService(deps: {
  run: UnitOfWork;
  mailer: Mailer;
  users: UserService;
  sessions: SessionService;
  passwords: PasswordService;
  lockout: LockoutService;
  addresses: AddressService;
}) {
  const { run, mailer, users, sessions, passwords, lockout, addresses } = deps;

  /**
   * An active, verified admin with its first password-history entry, and its welcome email: in the
   * caller's transaction. The bootstrap and POST /admin/users are the only two ways an admin is made.
   */
  const insertAdmin = async (ctx: Context, admin: NewAdmin, passwordHash: string): Promise<UserRow> => {
    const created = await users.create(ctx, { email: admin.email, passwordHash, fullName: admin.fullName, phone: admin.phone ?? '', role: 'admin' }, { status: 'active', verified: true });
    await passwords.recordHistory(ctx, created.id, passwordHash);
    await mailer.queue(ctx, created.email, adminWelcomeEmail(created.email, mailer.link('/sign-in')));
    return created;
  };

  return {
    async list(query: AdminUserListQuery): Promise<{ items: AdminUserSummary[]; meta: PaginationMeta }> {
      const { rows, total } = await users.search({ text: query.q || undefined, role: query.role, status: query.status, limit: query.pageSize, offset: offsetOf(query) });
      return { items: rows.map(accountOf), meta: pageMeta(query, total) };
    },

    async detail(userId: string): Promise<AdminUserDetail> {
      const user = await users.findById(userId);
      if (!user) throw notFound('User');
      const [profile, addressList, sessionList, login] = await Promise.all([users.profileOf(user), addresses.listFor(user.id), sessions.listFor(user.id), lockout.stateOf(user.email)]);
      return {
        user: profile,
        addresses: addressList,
        sessions: sessionList,
        login: { lockedUntil: login.lockedUntil?.toISOString() ?? null, failedLoginsLast15Minutes: login.recentFailures },
      };
    },

    /**
     * The first admin, from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create`. It does nothing
     * when an active admin exists: after the bootstrap, only an admin makes admins. A shop whose
     * admins were all suspended (by a stolen admin session, say) gets its way back in here.
     */
    async createFirstAdmin(admin: NewAdmin): Promise<'created' | 'exists'> {
      const passwordHash = await passwords.hashNew(null, admin.password, admin.email);
      return run(systemVisitor('bootstrap'), async (ctx) => {
        if ((await users.countActiveAdminsForBootstrap(ctx)) > 0) return 'exists';
        await insertAdmin(ctx, admin, passwordHash);
        return 'created';
      });
    },

    /**
     * An active, verified admin: with the bootstrap, the only way one is made. The acting admin
     * confirms its own password, so a stolen token alone makes no admin, and every active admin
     * (the actor too, whose session may be the stolen one) is told who made whom.
     */
    async createAdmin(actor: Actor, input: CreateAdminBody): Promise<UserProfile> {
      const { currentPassword, ...fields } = input;
      const admin = { ...fields, phone: requireE164(fields.phone) };
      const maker = await passwords.confirm(actor, currentPassword, { action: 'admin.user.admin_create_failed', field: 'currentPassword' });
      const passwordHash = await passwords.hashNew(null, admin.password, admin.email);
      const created = await run(actor, async (ctx) => {
        const user = await insertAdmin(ctx, admin, passwordHash);
        for (const email of await users.activeAdminEmails(ctx)) {
          if (email !== user.email) await mailer.queue(ctx, email, adminCreatedNotice({ created: user.email, by: maker.email, at: ctx.now }, mailer.link('/admin/users')));
        }
        await ctx.audit({ action: 'admin.user.admin_created', outcome: 'success', target: { type: 'user', id: user.id }, details: { email: user.email } });
        return user;
      });
      return users.profileOf(created);
    },

    /**
     * Suspends an active account and signs out all its devices at once. An admin may suspend
     * another admin (a stolen admin account must be stoppable), never itself, so the acting admin
     * stays: two admins suspending each other at once are serialised, and the second finds itself
     * suspended, so the shop is never left without an admin. Suspending an admin takes the actor's
     * own password and is told to every active admin, so a stolen admin token cannot quietly lock
     * the others out.
     */
    async suspend(actor: Actor, userId: string, input: { reason?: string; currentPassword?: string }): Promise<UserProfile> {
      const { reason } = input;
      const found = await users.findById(userId);
      if (found?.role === 'admin' && found.id !== actor.userId) {
        if (!input.currentPassword) throw fieldError('currentPassword', 'Confirm your own password to suspend an admin');
        await passwords.confirm(actor, input.currentPassword, { action: 'admin.user.suspend_failed', field: 'currentPassword' });
      }
      const user = await run(actor, async (ctx) => {
        const target = await users.findById(userId, ctx);
        if (!target) throw notFound('User');
        if (target.id === actor.userId) throw conflict('You cannot suspend your own account');
        if (target.role === 'admin') {
          // Confirmed above for the account as it was read then; a role changed meanwhile is not.
          if (found?.role !== 'admin') throw conflict('The account changed meanwhile; try again');
          await users.holdAdminRoster(ctx);
          const acting = await users.lockActiveAccount(ctx, actor.userId);
          for (const email of await users.activeAdminEmails(ctx)) {
            if (email !== target.email) await mailer.queue(ctx, email, adminSuspendedNotice({ suspended: target.email, by: acting.email, at: ctx.now }, mailer.link('/admin/users')));
          }
        }
        const suspended = await users.changeStatus(ctx, target.id, { from: 'active', to: 'suspended' });
        if (!suspended) throw conflict('Only an active account can be suspended');
        // Every node forgets the sessions once this commits, so their access tokens fail at once.
        const revoked = await sessions.revokeAll(ctx, target.id, 'suspended');
        await mailer.queue(ctx, target.email, suspendedEmail(reason));
        await ctx.audit({ action: 'admin.user.suspended', outcome: 'success', target: { type: 'user', id: target.id }, details: { reason: reason ?? null, sessionsRevoked: revoked.length } });
        return suspended;
      });
      return users.profileOf(user);
    },

    async activate(actor: Actor, userId: string, reason: string | undefined): Promise<UserProfile> {
      const user = await run(actor, async (ctx) => {
        const target = await users.findById(userId, ctx);
        if (!target) throw notFound('User');
        const activated = await users.changeStatus(ctx, target.id, { from: 'suspended', to: 'active' });
        if (!activated) throw conflict('Only a suspended account can be activated');
        await mailer.queue(ctx, target.email, reactivatedEmail(reason, mailer.link('/sign-in')));
        await ctx.audit({ action: 'admin.user.activated', outcome: 'success', target: { type: 'user', id: target.id }, details: { reason: reason ?? null } });
        return activated;
      });
      return users.profileOf(user);
    },
  };
}

export type AdminUserService = ReturnType<typeof createAdminUserService>;
