import type { ProfilePatch } from '../../../contracts/account.js';
import type { UserProfile } from '../../../contracts/auth.js';
import type { Database } from '../../db/client.js';
import { sessionEnded } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { requireE164 } from '../../lib/phone.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { revokeSessions } from '../auth/auth.repository.js';
import type { AuthService } from '../auth/auth.service.js';
import type { SessionGuard } from '../auth/session-guard.js';
import type { AccessClaims } from '../auth/tokens.js';
import type { Mailer } from '../mail/mail.service.js';
import { erasePersonalData, updateProfile } from './account.repository.js';
import { withdrawPendingApplication } from './seller-applications.repository.js';
import { lockUser } from './users.repository.js';
import { lockActiveAccount, profileOf } from './users.service.js';


/** The signed-in user's own profile, and closing the account. */
export function createAccountService(deps: { db: Database; clock: Clock; mailer: Mailer; guard: SessionGuard; auth: AuthService }) {
  const { db, clock, mailer, guard, auth } = deps;

  return {
    async updateProfile(auth: AccessClaims, patch: ProfilePatch, ctx: AuditContext): Promise<UserProfile> {
      const phone = patch.phone === undefined ? undefined : requireE164(patch.phone);
      return db.transaction(async (tx) => {
        const user = await lockActiveAccount(tx, auth.userId);
        const changes: { fullName?: string; phone?: string } = {};
        if (patch.fullName !== undefined && patch.fullName !== user.fullName) changes.fullName = patch.fullName;
        if (phone !== undefined && phone !== user.phone) changes.phone = phone;
        // Sending what is already there changes nothing, so there is nothing to record.
        if (Object.keys(changes).length === 0) return profileOf(tx, user);
        const updated = await updateProfile(tx, user.id, changes, clock.now());
        // Which fields, never their values: the audit log is kept for good and must not become a copy of personal data.
        await audit(tx, ctx, { action: 'account.updated', outcome: 'success', actor: user, target: { type: 'user', id: user.id }, details: { changed: Object.keys(changes) } });
        return profileOf(tx, updated);
      });
    },

    /**
     * Signs the account out everywhere and erases or anonymises its personal data, after a
     * confirmation email to the address it had. Orders (once they exist) stay for the books,
     * linked to the anonymised user.
     */
    async closeAccount(claims: AccessClaims, password: string, ctx: AuditContext): Promise<void> {
      // An account already closed (a racing request won) answers 401, not "wrong password".
      const user = await auth.confirmPassword(claims.userId, password, ctx, { action: 'account.delete_failed', field: 'password' });

      const revoked = await db.transaction(async (tx) => {
        const now = clock.now();
        // Read again under a lock: of two closings racing, the second finds the account gone.
        const current = await lockUser(tx, user.id);
        if (!current || current.status === 'deleted') throw sessionEnded();
        const sessionIds = await revokeSessions(tx, current.id, 'account_deleted', now);
        const applicationWithdrawn = await withdrawPendingApplication(tx, current.id, 'Account closed', now);
        await mailer.queue(tx, current.email, (store) => ({
          subject: `Your ${store} account was closed`,
          heading: 'Your account is closed',
          paragraphs: [
            `As you asked, we closed your ${store} account and signed it out on every device.`,
            'Your name, phone number, addresses and sign-in details have been erased. This is the last email we send to this address about the account; you are welcome to create a new one at any time.',
          ],
          footnote: 'If you did not close your account, contact us at once.',
        }));
        await erasePersonalData(tx, current.id, now);
        await audit(tx, ctx, {
          action: 'account.deleted',
          outcome: 'success',
          actor: current,
          target: { type: 'user', id: current.id },
          details: { sessionsRevoked: sessionIds.length, applicationWithdrawn },
        });
        return sessionIds;
      });
      await guard.revoked(revoked);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
