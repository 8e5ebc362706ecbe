import { Navigate, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { LoadingState } from '../../../components/ui/spinner';
import { useAccessToken } from '../../../lib/use-access-token';
import { useRestoringSession, wasSignedOutOnPurpose } from '../session';

/**
 * The inside of a protected page. The route's `beforeLoad` already turns a signed-out visitor
 * away; this covers what changes while the page is open: the start-up refresh still running
 * (a loading state), or the session ending (sent to sign in, and back here afterwards).
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const signedIn = useAccessToken() !== null;
  const restoring = useRestoringSession();
  const href = useLocation({ select: (location) => location.href });

  if (signedIn) return children;
  if (restoring) return <LoadingState label="Checking your sign-in…" />;
  // Signed out from a menu: whoever did it is already navigating away.
  if (wasSignedOutOnPurpose()) return null;
  return <Navigate to="/sign-in" search={{ redirect: href }} replace />;
}
