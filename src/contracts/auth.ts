import { z } from 'zod';
import { uuid } from './common.js';
import { ACCOUNT_FIELD_MAX, ACCOUNT_FIELD_MIN, EMAIL_MAX } from './account-rules.js';

/** Emails are compared case-insensitively everywhere, so they are lower-cased on the way in. */
export const email = z.email().max(EMAIL_MAX).transform((e) => e.toLowerCase());
/** Length and character rules are checked by the password policy, which reports every unmet rule at once. */
const password = z.string().max(1024);
const token = z.string().min(10).max(200);

export const registerBody = z.strictObject({
  email,
  password,
  fullName: z.string().trim().min(1).max(ACCOUNT_FIELD_MAX.fullName),
  phone: z.string().trim().min(ACCOUNT_FIELD_MIN.phone).max(ACCOUNT_FIELD_MAX.phone),
  role: z.enum(['customer', 'seller']),
  business: z
    .strictObject({ name: z.string().trim().min(1).max(ACCOUNT_FIELD_MAX.businessName), taxId: z.string().trim().min(ACCOUNT_FIELD_MIN.taxId).max(ACCOUNT_FIELD_MAX.taxId) })
    .optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const tokenBody = z.strictObject({ token });
export const emailBody = z.strictObject({ email });
export const loginBody = z.strictObject({ email, password });
// Browsers send no body (the cookie carries the token); Fastify hands that over as null.
export const refreshBody = z.strictObject({ refreshToken: z.string().max(2000).optional() }).nullish();
export const resetPasswordBody = z.strictObject({ token, password });
export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

export const userProfile = z
  .object({
    id: uuid,
    email: z.string(),
    fullName: z.string(),
    phone: z.string(),
    role: z.enum(['customer', 'seller', 'admin']),
    status: z.enum(['unverified', 'active', 'suspended', 'deleted']),
    emailVerified: z.boolean(),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
    seller: z.object({ businessName: z.string(), taxId: z.string() }).optional(),
  })
  .meta({ id: 'UserProfile' });
export type UserProfile = z.infer<typeof userProfile>;

export const userResult = z.object({ user: userProfile });

export const loginResult = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.int(),
  user: userProfile,
  session: z.object({ id: uuid }),
});
export type LoginResult = z.infer<typeof loginResult>;

export const refreshResult = z.object({
  accessToken: z.string(),
  expiresIn: z.int(),
  refreshToken: z.string().optional(),
});
export type RefreshResult = z.infer<typeof refreshResult>;

export const sessionView = z
  .object({
    id: uuid,
    current: z.boolean(),
    deviceType: z.enum(['desktop', 'mobile', 'tablet', 'unknown']),
    browser: z.string(),
    os: z.string(),
    ip: z.string(),
    location: z.string(),
    createdAt: z.iso.datetime(),
    lastActiveAt: z.iso.datetime(),
    status: z.literal('active'),
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionView>;

export const messageResult = z.object({ message: z.string() });
