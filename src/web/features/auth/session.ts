import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import {
  getAccessToken,
  isTokenError,
  refreshAccessToken,
  refreshRefusalReason,
  renewAccessTokenAfter,
  setAccessToken,
  subscribeAccessToken,
} from '../../lib/api-client';
import { queryKeys } from '../../lib/query-keys';

// The access token lives in memory only (lib/api-client). What survives a reload or a browser
// restart is the httpOnly refresh cookie, which a script cannot see — so a non-secret hint in
// localStorage remembers that there is a session worth restoring. Without it, every anonymous
// page view would send a refresh that can only fail: a wasted request against the refresh rate
// limit, and a 401 in the console.

const HINT_KEY = 'shoppingMall.signedIn';

function readHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    // Storage disabled: try the cookie anyway, at worst one 401.
    return true;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: nothing to remember.
  }
}

// --- Restoring the session at start-up

let restoring = false;
const restoreListeners = new Set<() => void>();
let started = false;
let restored: Promise<unknown> = Promise.resolve();

function setRestoring(value: boolean): void {
  restoring = value;
  for (const listener of restoreListeners) listener();
}

/** True while the start-up refresh is in flight: protected pages wait instead of redirecting. */
export function isRestoringSession(): boolean {
  return restoring;
}

/** Settles when the start-up refresh is over (at once when there was none). */
export function sessionRestored(): Promise<unknown> {
  return restored;
}

export function useRestoringSession(): boolean {
  return useSyncExternalStore(
    (listener) => {
      restoreListeners.add(listener);
      return () => restoreListeners.delete(listener);
    },
    isRestoringSession,
  );
}

/**
 * Called once before the first render: keeps the hint and the user's cached data in step with
 * the token, and asks for a new access token when a session was left open.
 */
export function startSession(queryClient: QueryClient): void {
  if (started) return;
  started = true;

  let previous = getAccessToken();
  subscribeAccessToken(() => {
    const current = getAccessToken();
    if (current !== null) {
      writeHint(true);
      signedOutOnPurpose = false;
    }
    if (previous !== null && current === null) {
      // Signed out, or the session ended elsewhere: nothing of this user may stay on screen.
      writeHint(false);
      queryClient.removeQueries({ queryKey: queryKeys.signedIn });
      // Mutations keep their variables for a while, and some of them were passwords.
      queryClient.getMutationCache().clear();
    }
    previous = current;
  });

  if (getAccessToken() === null && readHint()) {
    setRestoring(true);
    restored = refreshAccessToken()
      .then((outcome) => {
        // Only a refused refresh token ends the session; offline or busy, the next visit tries again.
        if (outcome.status === 'ended') writeHint(false);
      })
      .finally(() => setRestoring(false));
  }
}

let signedOutOnPurpose = false;

/**
 * Forgets the access token on this device (the server side is the caller's job). The caller
 * decides where to go next, so protected pages do not send the user to sign in again.
 */
export function endLocalSession(): void {
  signedOutOnPurpose = true;
  setAccessToken(null);
}

/** True after `endLocalSession`, until the next sign-in. */
export function wasSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose;
}

/**
 * For the cookie-and-token routes under /auth (logout, logout-all): the api-client never
 * refreshes on an /auth 401, so a token that expired while the tab slept is renewed here once.
 * Throws the call's token error only when the server refused the refresh too (the session is
 * over); a refresh that failed otherwise (offline, rate limited, busy) throws its own error.
 */
export async function withFreshToken<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isTokenError(error)) throw error;
    await renewAccessTokenAfter(error);
    return call();
  }
}

// --- Where signing in may lead

const PROTECTED_PREFIXES = ['/account', '/seller', '/admin'];
const AUTH_PAGES = /^\/(sign-in|register|check-email|verify-email|forgot-password|reset-password|unlock)(?:[/?#]|$)/;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** The sign-in page that brings the user back to `href`, saying why the session ended when the server said. */
export function signInFor(href: string) {
  const reason = refreshRefusalReason() === 'account_suspended' ? ('suspended' as const) : undefined;
  return { to: '/sign-in', search: { redirect: href, reason } } as const;
}

/**
 * The `redirect` of /sign-in, when it is a path on this site: it starts with one `/`, is not
 * protocol-relative (`//evil.example`, `/\evil.example`) and carries no control characters.
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  // Not back to the auth pages: a loop, or a single-use emailed token posted a second time.
  if (AUTH_PAGES.test(value)) return undefined;
  return value;
}
