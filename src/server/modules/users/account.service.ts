import type { ProfilePatch } from '../../../contracts/account.js';
import type { UserProfile } from '../../../contracts/auth.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import { sessionEnded } from '../../lib/app-error.js';
import { requireE164 } from '../../lib/phone.js';
import type { LockoutService } from '../auth/lockout.service.js';
import type { PasswordService } from '../auth/passwords.service.js';
import type { SessionService } from '../auth/sessions.service.js';
import type { Mailer } from '../mail/mail.service.js';
import type { SellerApplicationService } from './seller-applications.service.js';
import { accountClosedEmail } from './users.messages.js';
import type { UserService } from './users.service.js';

/** What another module keeps about a person, and erases when their account closes. */
export type PersonalData = { eraseFor(ctx: Context, userId: string): Promise<void> };

/** The signed-in user's own profile, and closing the account. */
export function createAccountService(deps: {
  run: UnitOfWork;
  mailer: Mailer;
  users: UserService;
  sessions: SessionService;
  passwords: PasswordService;
  lockout: LockoutService;
  sellerApplications: SellerApplicationService;
  /** Every module that keeps personal data of its own (addresses, and orders and reviews as they land). */
  personalData: PersonalData[];
}) {
  const { run, mailer, users, sessions, passwords, lockout, sellerApplications } = deps;

  return {
    async updateProfile(actor: Actor, patch: ProfilePatch): Promise<UserProfile> {
      const phone = patch.phone === undefined ? undefined : requireE164(patch.phone);
      return run(actor, async (ctx) => {
        const user = await users.lockActiveAccount(ctx, actor.userId);
        const changes: { fullName?: string; phone?: string } = {};
        if (patch.fullName !== undefined && patch.fullName !== user.fullName) changes.fullName = patch.fullName;
        if (phone !== undefined && phone !== user.phone) changes.phone = phone;
        // Sending what is already there changes nothing, so there is nothing to record.
        if (Object.keys(changes).length === 0) return users.profileOf(user, ctx.tx);
        const updated = await users.updateProfile(ctx, user.id, changes);
        // Which fields, never their values: the audit log is kept for good and must not become a copy of personal data.
        await ctx.audit({ action: 'account.updated', outcome: 'success', target: { type: 'user', id: user.id }, details: { changed: Object.keys(changes) } });
        return users.profileOf(updated, ctx.tx);
      });
    },

    /**
     * Signs the account out everywhere and erases or anonymises its personal data in every
     * module, after a confirmation email to the address it had. Orders (once they exist) stay for
     * the books, linked to the anonymised user.
     */
    async closeAccount(actor: Actor, password: string): Promise<void> {
      // An account already closed (a racing request won) answers 401, not "wrong password".
      await passwords.confirm(actor, password, { action: 'account.delete_failed', field: 'password' });
      await run(actor, async (ctx) => {
        // Read again under a lock: of two closings racing, the second finds the account gone.
        const current = await users.lock(ctx, actor.userId);
        if (!current || current.status === 'deleted') throw sessionEnded();
        const revoked = await sessions.revokeAll(ctx, current.id, 'account_deleted');
        const applicationWithdrawn = await sellerApplications.withdrawPending(ctx, current.id, 'Account closed');
        await mailer.queue(ctx, current.email, accountClosedEmail);
        await users.erasePersonalData(ctx, current.id);
        await sessions.eraseFor(ctx, current.id);
        await passwords.eraseFor(ctx, current.id);
        await lockout.clear(ctx, current.email);
        for (const module of deps.personalData) await module.eraseFor(ctx, current.id);
        await ctx.audit({
          action: 'account.deleted',
          outcome: 'success',
          target: { type: 'user', id: current.id },
          details: { sessionsRevoked: revoked.length, applicationWithdrawn },
        });
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
