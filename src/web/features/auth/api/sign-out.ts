import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { withFreshToken } from '../session';

/** Revokes this device's session (its refresh cookie goes along, same-origin). */
export function signOut() {
  return withFreshToken(() => apiFetch<void>('/auth/logout', { method: 'POST' }));
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
