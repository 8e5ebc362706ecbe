import { z } from 'zod';
import { addressView } from './addresses.js';
import { email, registerBody, sessionView, userProfile } from './auth.js';
import { paginationQuery } from './common.js';
import { REASON_MAX } from './account-rules.js';
import { SEARCH_TEXT_MAX } from './search-rules.js';

export const userRole = userProfile.shape.role;
export type UserRole = z.infer<typeof userRole>;
export const userStatus = userProfile.shape.status;
export type UserStatus = z.infer<typeof userStatus>;

/** `GET /admin/users?q=&role=&status=&page=&pageSize=`, newest accounts first. */
export const adminUserListQuery = paginationQuery.extend({
  q: z.string().trim().max(SEARCH_TEXT_MAX).optional().describe('part of the email or name, any case'),
  role: userRole.optional(),
  status: userStatus.optional(),
});
export type AdminUserListQuery = z.infer<typeof adminUserListQuery>;

/** One row of the user list: the profile without the seller's business. */
export const adminUserSummary = userProfile.omit({ seller: true }).meta({ id: 'AdminUserSummary' });
export type AdminUserSummary = z.infer<typeof adminUserSummary>;

export const adminUserDetail = z
  .object({
    user: userProfile,
    addresses: z.array(addressView),
    sessions: z.array(sessionView),
    login: z.object({
      /** Set while sign-in is locked after repeated wrong passwords. */
      lockedUntil: z.iso.datetime().nullable(),
      failedLoginsLast15Minutes: z.int().min(0),
    }),
  })
  .meta({ id: 'AdminUserDetail' });
export type AdminUserDetail = z.infer<typeof adminUserDetail>;

/** `POST /admin/users`: the password meets the same policy as everyone's (AUTH_WEAK_PASSWORD). */
export const createAdminBody = z.strictObject({
  email,
  fullName: registerBody.shape.fullName,
  phone: registerBody.shape.phone,
  password: registerBody.shape.password,
  /** The acting admin's own password: a stolen admin token alone makes no admin. */
  currentPassword: z.string().min(1).max(1024).meta({ description: "The acting admin's own password" }),
});
export type CreateAdminBody = z.infer<typeof createAdminBody>;

/**
 * `{reason?}` of the admin actions (suspend, activate). A blank reason counts as none, and the
 * body may be left out altogether.
 */
const adminReason = z
  .string()
  .trim()
  .max(REASON_MAX)
  .optional()
  .transform((reason) => reason || undefined);

export const adminActionBody = z.strictObject({ reason: adminReason }).nullish();
export type AdminActionBody = z.infer<typeof adminActionBody>;

/** Suspension: `{reason?, currentPassword?}`; the acting admin's own password is required to suspend another admin. */
export const suspendBody = z
  .strictObject({
    reason: adminReason,
    currentPassword: z.string().min(1).max(1024).optional().meta({ description: "The acting admin's own password: required when the account is an admin's" }),
  })
  .nullish();
export type SuspendBody = z.infer<typeof suspendBody>;
