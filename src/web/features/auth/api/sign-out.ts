import { useMutation } from '@tanstack/react-query';
import { apiFetch, isTokenError } from '../../../lib/api-client';
import { withFreshToken } from '../session';

/**
 * Revokes this device's session (its refresh cookie goes along, same-origin). A token error that
 * survives `withFreshToken` means the server ended the session already — it refused the refresh
 * token with a 401, or refused the renewed access token — so this device is signed out all the
 * same. Anything else is thrown, as the session may still be alive: a refresh that could not be
 * done (offline, rate limited, busy, refused for its origin) included.
 */
export async function signOut(): Promise<void> {
  try {
    await withFreshToken(() => apiFetch<void>('/auth/logout', { method: 'POST' }));
  } catch (error) {
    if (!isTokenError(error)) throw error;
  }
}

/** Revokes every session of the user, this one included. */
export function signOutEverywhere() {
  return withFreshToken(() => apiFetch<void>('/auth/logout-all', { method: 'POST' }));
}

export function useSignOut() {
  return useMutation({ mutationFn: signOut });
}

export function useSignOutEverywhere() {
  return useMutation({ mutationFn: signOutEverywhere });
}
