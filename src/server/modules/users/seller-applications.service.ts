import type {
  SellerApplication,
  SellerApplicationBody,
  SellerApplicationForReview,
  SellerApplicationListQuery,
} from '../../../contracts/account.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Database } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import type { AccessClaims } from '../auth/tokens.js';
import type { Mailer } from '../mail/mail.service.js';
import * as repo from './seller-applications.repository.js';
import { lockUser } from './users.repository.js';
import { lockActiveAccount } from './users.service.js';

type Reviewer = { id: string; email: string };

const pendingExists = () => new AppError('CONFLICT', 'You already have an application waiting for review');

const isOnePendingViolation = (error: unknown): boolean => {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
  return cause?.code === '23505' && cause.constraint === 'seller_applications_one_pending_key';
};

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
export function createSellerApplicationService(deps: { db: Database; clock: Clock; mailer: Mailer }) {
  const { db, clock, mailer } = deps;

  /** Only a pending application can be decided; the row lock settles two reviewers racing. */
  const decide = (id: string, decision: { status: 'approved' | 'rejected'; reason: string | null }, reviewer: Reviewer, ctx: AuditContext) =>
    db.transaction(async (tx) => {
      // The applicant's account is locked before the application, in the order closing an account
      // takes them, so the two never deadlock; a closed or suspended applicant is not approved.
      const pending = await repo.findApplication(tx, id);
      if (!pending) throw notFound('Seller application');
      const account = await lockUser(tx, pending.userId);
      const found = await repo.lockApplication(tx, id);
      if (!found || !account) throw notFound('Seller application');
      if (decision.status === 'approved' && (account.status !== 'active' || account.role !== 'customer')) {
        throw new AppError('CONFLICT', 'The applicant can no longer become a seller: their account is not an active customer account');
      }
      if (found.application.status !== 'pending') throw new AppError('CONFLICT', `This application was already ${found.application.status}`);
      const { applicant } = found;
      const now = clock.now();
      const application = await repo.decideApplication(tx, id, { ...decision, reviewedBy: reviewer.id, reviewedAt: now });

      if (decision.status === 'approved') {
        await repo.makeSeller(tx, applicant.id, { businessName: application.businessName, taxId: application.taxId }, now);
        await mailer.queue(tx, applicant.email, (store) => ({
          subject: `You can now sell on ${store}`,
          heading: `Welcome aboard, ${application.businessName}`,
          paragraphs: [
            `Your application to sell on ${store} as ${application.businessName} was approved.`,
            ...(decision.reason ? [`A note from our team: ${decision.reason}`] : []),
            'Open the seller center to add your first products.',
          ],
          action: { label: 'Open the seller center', url: mailer.link('/seller') },
        }));
      } else {
        await mailer.queue(tx, applicant.email, (store) => ({
          subject: `Your application to sell on ${store}`,
          heading: 'Your application was not approved',
          paragraphs: [
            `We could not approve your application to sell as ${application.businessName}.`,
            `The reason: ${decision.reason}`,
            'You are welcome to apply again once you have addressed it.',
          ],
          action: { label: 'See your application', url: mailer.link('/account/sell') },
        }));
      }
      await audit(tx, ctx, {
        action: `admin.seller_application.${decision.status}`,
        outcome: 'success',
        actor: reviewer,
        target: { type: 'seller_application', id },
        details: { applicantId: applicant.id, reason: decision.reason },
      });
      return reviewViewOf(application, applicant);
    });

  return {
    async submit(auth: AccessClaims, body: SellerApplicationBody, ctx: AuditContext): Promise<SellerApplication> {
      return db.transaction(async (tx) => {
        // Locked: an approval of an earlier application, or the account's closing, waits or goes first.
        const user = await lockActiveAccount(tx, auth.userId);
        // The account decides, not the token: its role may predate an approval.
        if (user.role !== 'customer') {
          throw new AppError('CONFLICT', user.role === 'seller' ? 'You already sell on shoppingMall' : 'Administrators cannot apply to sell');
        }
        const application = await repo
          .insertApplication(tx, {
            id: newId(),
            userId: user.id,
            businessName: body.businessName,
            taxId: body.taxId,
            description: body.description || null,
            status: 'pending',
            createdAt: clock.now(),
          })
          .catch((error: unknown) => {
            // Two applications racing: the partial unique index lets one through.
            throw isOnePendingViolation(error) ? pendingExists() : error;
          });
        await audit(tx, ctx, { action: 'seller_application.submitted', outcome: 'success', actor: user, target: { type: 'seller_application', id: application.id } });
        return viewOf(application);
      });
    },

    async latest(auth: AccessClaims): Promise<SellerApplication | null> {
      const row = await repo.latestApplicationOf(db, auth.userId);
      return row ? viewOf(row) : null;
    },

    async list(query: SellerApplicationListQuery): Promise<{ items: SellerApplicationForReview[]; meta: PaginationMeta }> {
      const { rows, total } = await repo.listApplications(db, { status: query.status, limit: query.pageSize, offset: offsetOf(query) });
      return { items: rows.map((row) => reviewViewOf(row.application, row.applicant)), meta: pageMeta(query, total) };
    },

    approve: (id: string, reason: string | undefined, reviewer: Reviewer, ctx: AuditContext) => decide(id, { status: 'approved', reason: reason ?? null }, reviewer, ctx),

    reject: (id: string, reason: string, reviewer: Reviewer, ctx: AuditContext) => decide(id, { status: 'rejected', reason }, reviewer, ctx),
  };
}

export type SellerApplicationService = ReturnType<typeof createSellerApplicationService>;
