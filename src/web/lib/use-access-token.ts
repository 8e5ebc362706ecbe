import { useSyncExternalStore } from 'react';
import { getAccessToken, subscribeAccessToken } from './api-client';

/** The in-memory access token, or null when signed out; re-renders when it changes. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribeAccessToken, getAccessToken);
}
