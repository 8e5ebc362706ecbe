import { useMutation } from '@tanstack/react-query';
import { apiFetch, isTokenError } from '../../../lib/api-client';
import { withFreshToken } from '../session';

/**
 * Revokes this device's session (its refresh cookie goes along, same-origin). A token the server
 * refuses even after a refresh belongs to a session it has ended already: signed out all the same.
 * Any other failure is thrown, as the session is still alive.
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
