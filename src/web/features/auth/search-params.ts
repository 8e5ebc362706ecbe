import { EMAIL_MAX } from '../../../contracts/account-rules';
import { safeRedirect } from './session';

// Tolerant like the storefront's: a hand-edited or truncated link shows a helpful page, not a
// router error.

const MAX_TOKEN_LENGTH = 512;

function email(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() && value.length <= EMAIL_MAX ? value.trim() : undefined;
}

function token(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() && value.length <= MAX_TOKEN_LENGTH ? value.trim() : undefined;
}

/** Why the session ended without the user signing out: the sign-in page says so. */
export type SignOutReason = 'suspended';

export type EmailSearch = { email?: string };
export type TokenSearch = { token?: string };
export type SignInSearch = { redirect?: string; email?: string; reason?: SignOutReason };
export type RegisterSearch = { role?: 'seller' };

export function validateEmailSearch(raw: Record<string, unknown>): EmailSearch {
  return { email: email(raw.email) };
}

export function validateTokenSearch(raw: Record<string, unknown>): TokenSearch {
  return { token: token(raw.token) };
}

export function validateSignInSearch(raw: Record<string, unknown>): SignInSearch {
  return {
    redirect: safeRedirect(raw.redirect),
    email: email(raw.email),
    reason: raw.reason === 'suspended' ? 'suspended' : undefined,
  };
}

export function validateRegisterSearch(raw: Record<string, unknown>): RegisterSearch {
  return { role: raw.role === 'seller' ? 'seller' : undefined };
}
