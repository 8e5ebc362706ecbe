import type { RegisterBody, UserProfile } from '../../../contracts/auth.js';
import type { Context, UnitOfWork, Visitor } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { requireE164 } from '../../lib/phone.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserService } from '../users/users.service.js';
import { verificationEmail } from './auth.messages.js';
import { countTokensSince, retireTokens } from './auth.repository.js';
import { consumeLinkToken, invalidLink, issueLinkToken } from './link-tokens.js';
import type { PasswordService } from './passwords.service.js';

const VERIFY_TTL_MS = 24 * 3_600_000;
const RESEND_INTERVAL_MS = 5 * 60_000;

const invalidField = (field: string, message: string) => new AppError('VALIDATION_ERROR', 'The request is not valid', [{ field, message }]);
/** Creating an account and proving its email address. */
export function createRegistrationService(deps: { run: UnitOfWork; mailer: Mailer; users: UserService; passwords: PasswordService }) {
  const { run, mailer, users, passwords } = deps;

  const queueVerificationEmail = async (ctx: Context, user: { id: string; email: string; fullName: string }) => {
    const token = await issueLinkToken(ctx, user.id, 'verify_email', VERIFY_TTL_MS);
    await mailer.queue(ctx, user.email, verificationEmail(user.fullName, mailer.link('/verify-email', { token })));
  };

  return {
    /** An unverified account, and the email that verifies it, queued at once. */
    async register(visitor: Visitor, input: RegisterBody): Promise<UserProfile> {
      const phone = requireE164(input.phone);
      if (input.role === 'seller' && !input.business) throw invalidField('business', 'A seller needs a business name and tax id');
      if (input.role === 'customer' && input.business) throw invalidField('business', 'Only sellers have a business');
      const passwordHash = await passwords.hashNew(null, input.password, input.email);

      const user = await run(visitor, async (ctx) => {
        const created = await users.create(
          ctx,
          { email: input.email, passwordHash, fullName: input.fullName, phone, role: input.role, business: input.business },
          { status: 'unverified', verified: false },
        );
        await passwords.recordHistory(ctx, created.id, passwordHash);
        await queueVerificationEmail(ctx, created);
        await ctx.audit({ action: 'auth.register', outcome: 'success', actor: created, target: { type: 'user', id: created.id }, details: { role: input.role } });
        return created;
      });
      return users.profileOf(user);
    },

    async verifyEmail(visitor: Visitor, token: string): Promise<UserProfile> {
      const user = await run(visitor, async (ctx) => {
        const userId = await consumeLinkToken(ctx, 'verify_email', token);
        if (!userId) throw invalidLink();
        // Any other verification link of this account has nothing left to do.
        await retireTokens(ctx.tx, userId, 'verify_email', ctx.now);
        const current = (await users.markEmailVerified(ctx, userId)) ?? (await users.findById(userId, ctx));
        if (!current) throw invalidLink();
        await ctx.audit({ action: 'auth.email.verified', outcome: 'success', actor: current, target: { type: 'user', id: current.id } });
        return current;
      });
      return users.profileOf(user);
    },

    /** Always "accepted": the answer never reveals whether the address has an account. */
    async resendVerification(visitor: Visitor, email: string): Promise<void> {
      await run(visitor, async (ctx) => {
        const user = await users.findByEmail(email, ctx);
        if (!user || user.status !== 'unverified') return;
        if ((await countTokensSince(ctx.tx, user.id, 'verify_email', new Date(ctx.now.getTime() - RESEND_INTERVAL_MS))) > 0) return;
        await queueVerificationEmail(ctx, user);
        await ctx.audit({ action: 'auth.verification.resent', outcome: 'success', actor: user, target: { type: 'user', id: user.id } });
      });
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
