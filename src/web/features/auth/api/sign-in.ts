import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, setAccessToken } from '../../../lib/api-client';
import type { LoginResult } from '../types';
import { queryKeys } from '../../../lib/query-keys';

export type SignInBody = { email: string; password: string };

/** The refresh token also arrives as the httpOnly cookie; the body's copy is not kept. */
export function signIn(body: SignInBody) {
  return apiFetch<LoginResult>('/auth/login', { method: 'POST', body });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ accessToken, user }) => {
      queryClient.setQueryData(queryKeys.me.profile, user);
      setAccessToken(accessToken);
      // The login's user may be a summary; the profile fills in the rest.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me.profile });
    },
  });
}
