import type {
  SellerApplication,
  SellerApplicationBody,
  SellerApplicationForReview,
  SellerApplicationListQuery,
} from '../../../contracts/account.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import type { Mailer } from '../mail/mail.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import * as repo from './seller-applications.repository.js';
import { applicationApprovedEmail, applicationRejectedEmail } from './users.messages.js';
import type { UserService } from './users.service.js';

const pendingExists = () => new AppError('CONFLICT', 'You already have an application waiting for review');
function viewOf(row: repo.SellerApplicationRow): SellerApplication {
  return {
    id: row.id,
    businessName: row.businessName,
    taxId: row.taxId,
    description: row.description,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

const reviewViewOf = (application: repo.SellerApplicationRow, applicant: repo.Applicant): SellerApplicationForReview => ({
  ...viewOf(application),
  applicant,
});

/** Customers asking to sell, and the admins who decide. */
export function createSellerApplicationService(deps: { db: Database; run: UnitOfWork; mailer: Mailer; users: UserService; settings: SettingsService }) {
  const { db, run, mailer, users, settings } = deps;

  /** Only a pending application can be decided; the row lock settles two reviewers racing. */
  const decide = (reviewer: Actor, id: string, decision: { status: 'approved' | 'rejected'; reason: string | null }) =>
    run(reviewer, async (ctx) => {
      // The applicant's account is locked before the application, in the order closing an account
      // takes them, so the two never deadlock; a closed or suspended applicant is not approved.
      const pending = await repo.findApplication(ctx.tx, id);
      if (!pending) throw notFound('Seller application');
      const account = await users.lock(ctx, pending.userId);
      const found = await repo.lockApplication(ctx.tx, id);
      if (!found || !account) throw notFound('Seller application');
      if (decision.status === 'approved' && (account.status !== 'active' || account.role !== 'customer')) {
        throw new AppError('CONFLICT', 'The applicant can no longer become a seller: their account is not an active customer account');
      }
      if (found.application.status !== 'pending') throw new AppError('CONFLICT', `This application was already ${found.application.status}`);
      const { applicant } = found;
      const application = await repo.decideApplication(ctx.tx, id, { ...decision, reviewedBy: reviewer.userId, reviewedAt: ctx.now });

      if (decision.status === 'approved') {
        await users.makeSeller(ctx, applicant.id, { businessName: application.businessName, taxId: application.taxId });
        await mailer.queue(ctx, applicant.email, applicationApprovedEmail(application.businessName, decision.reason, mailer.link('/seller')));
      } else {
        await mailer.queue(ctx, applicant.email, applicationRejectedEmail(application.businessName, decision.reason, mailer.link('/account/sell')));
      }
      await ctx.audit({
        action: `admin.seller_application.${decision.status}`,
        outcome: 'success',
        target: { type: 'seller_application', id },
        details: { applicantId: applicant.id, reason: decision.reason },
      });
      return reviewViewOf(application, applicant);
    });

  return {
    async submit(actor: Actor, body: SellerApplicationBody): Promise<SellerApplication> {
      return run(actor, async (ctx) => {
        // Locked: an approval of an earlier application, or the account's closing, waits or goes first.
        const user = await users.lockActiveAccount(ctx, actor.userId);
        // The account decides, not the token: its role may predate an approval.
        if (user.role !== 'customer') {
          throw new AppError('CONFLICT', user.role === 'seller' ? `You already sell on ${await settings.storeName(ctx)}` : 'Administrators cannot apply to sell');
        }
        const application = await repo
          .insertApplication(ctx.tx, {
            id: newId(),
            userId: user.id,
            businessName: body.businessName,
            taxId: body.taxId,
            description: body.description || null,
            status: 'pending',
            createdAt: ctx.now,
          })
          .catch((error: unknown) => {
            // Two applications racing: the partial unique index lets one through.
            throw isUniqueViolation(error, 'seller_applications_one_pending_key') ? pendingExists() : error;
          });
        await ctx.audit({ action: 'seller_application.submitted', outcome: 'success', target: { type: 'seller_application', id: application.id } });
        return viewOf(application);
      });
    },

    async latest(actor: Actor): Promise<SellerApplication | null> {
      const row = await repo.latestApplicationOf(db, actor.userId);
      return row ? viewOf(row) : null;
    },

    async list(query: SellerApplicationListQuery): Promise<{ items: SellerApplicationForReview[]; meta: PaginationMeta }> {
      const { rows, total } = await repo.listApplications(db, { status: query.status, limit: query.pageSize, offset: offsetOf(query) });
      return { items: rows.map((row) => reviewViewOf(row.application, row.applicant)), meta: pageMeta(query, total) };
    },

    approve: (reviewer: Actor, id: string, reason: string | undefined) => decide(reviewer, id, { status: 'approved', reason: reason ?? null }),

    reject: (reviewer: Actor, id: string, reason: string) => decide(reviewer, id, { status: 'rejected', reason }),

    /** Closes the user's pending application, if any, as rejected with `reason`; true when there was one. */
    withdrawPending: (ctx: Context, userId: string, reason: string) => repo.withdrawPendingApplication(ctx.tx, userId, reason, ctx.now),
  };
}

export type SellerApplicationService = ReturnType<typeof createSellerApplicationService>;
