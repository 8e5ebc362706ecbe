import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { JwtKey } from '../../config.js';

/**
 * OWASP's device cookies: a browser that signed in to an account carries a cookie naming a random
 * nonce, signed together with the account's email. Its failed logins are counted under its own
 * scope, so the lock that a stranger's guesses cause does not keep the owner out. The cookie
 * holds no email and outlives sign-out; it is only ever read by the /auth routes.
 */
export const DEVICE_COOKIE = 'device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

const NONCE_BYTES = 16;

export type DeviceCookies = {
  /** A new cookie value for a browser that has just signed in to the account with this email. */
  issue(email: string): string;
  /** The lockout scope of the browser that sent the cookie, when it was issued for this email; otherwise null. */
  scopeOf(cookie: string | undefined, email: string): string | null;
};

export function createDeviceCookies(keys: readonly JwtKey[]): DeviceCookies {
  // Keys of their own, derived from the token secrets: a cookie's MAC is never a token's.
  const macKeys = keys.map((key) => createHmac('sha256', key.secret).update('shoppingmall device cookie').digest());
  const mac = (key: Buffer, nonce: string, email: string) => createHmac('sha256', key).update(`${nonce}\n${email}`).digest();

  return {
    issue(email) {
      const nonce = randomBytes(NONCE_BYTES).toString('base64url');
      return `${nonce}.${mac(macKeys[0]!, nonce, email).toString('base64url')}`;
    },
    scopeOf(cookie, email) {
      const [nonce, signature, ...rest] = (cookie ?? '').split('.');
      if (!nonce || !signature || rest.length > 0) return null;
      const given = Buffer.from(signature, 'base64url');
      // Every configured key verifies, so rotating the secrets keeps the owners' devices known.
      const known = macKeys.some((key) => {
        const expected = mac(key, nonce, email);
        return expected.length === given.length && timingSafeEqual(expected, given);
      });
      return known ? `device:${nonce}` : null;
    },
  };
}
