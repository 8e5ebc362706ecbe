import { z } from 'zod';
import { registerBody } from './auth.js';
import { paginationQuery, uuid } from './common.js';
import { DESCRIPTION_MAX, REASON_MAX } from './account-rules.js';

/** PATCH /me: the same rules as at registration; the phone is stored in E.164. */
export const profilePatch = z
  .strictObject({ fullName: registerBody.shape.fullName.optional(), phone: registerBody.shape.phone.optional() })
  .refine((patch) => patch.fullName !== undefined || patch.phone !== undefined, 'Change your name or your phone number')
  .meta({ id: 'ProfilePatch' });
export type ProfilePatch = z.infer<typeof profilePatch>;

/** DELETE /me: the password confirms that the holder of the session is the owner. */
export const closeAccountBody = z.strictObject({ password: z.string().min(1).max(1024) }).meta({ id: 'CloseAccount' });
export type CloseAccountBody = z.infer<typeof closeAccountBody>;

// A business as a seller registers it.
const business = registerBody.shape.business.unwrap().shape;

export const sellerApplicationBody = z
  .strictObject({
    businessName: business.name,
    taxId: business.taxId,
    description: z.string().trim().max(DESCRIPTION_MAX).optional().describe('what the applicant wants to sell'),
  })
  .meta({ id: 'SellerApplicationRequest' });
export type SellerApplicationBody = z.infer<typeof sellerApplicationBody>;

export const sellerApplicationStatuses = ['pending', 'approved', 'rejected'] as const;
export type SellerApplicationStatus = (typeof sellerApplicationStatuses)[number];

export const sellerApplication = z
  .object({
    id: uuid,
    businessName: z.string(),
    taxId: z.string(),
    description: z.string().nullable(),
    status: z.enum(sellerApplicationStatuses),
    /** The reviewer's words: why it was rejected, or a note with an approval. */
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    reviewedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SellerApplication' });
export type SellerApplication = z.infer<typeof sellerApplication>;

export const sellerApplicationResult = z.object({ application: sellerApplication });

/** What a reviewer sees: the application and who sent it. */
export const sellerApplicationForReview = sellerApplication
  .extend({ applicant: z.object({ id: uuid, email: z.string(), fullName: z.string() }) })
  .meta({ id: 'SellerApplicationForReview' });
export type SellerApplicationForReview = z.infer<typeof sellerApplicationForReview>;

/** Pending ones come oldest first (a queue); decided ones newest decision first. */
export const sellerApplicationListQuery = paginationQuery.extend({ status: z.enum(sellerApplicationStatuses).default('pending') });
export type SellerApplicationListQuery = z.infer<typeof sellerApplicationListQuery>;

const reason = z.string().trim().min(1).max(REASON_MAX);
/** The note is optional, and so is the body: Fastify hands a missing one over as null. */
export const approveBody = z.strictObject({ reason: reason.optional() }).meta({ id: 'ApproveSellerApplication' }).nullish();
export const rejectBody = z.strictObject({ reason }).meta({ id: 'RejectSellerApplication' });
