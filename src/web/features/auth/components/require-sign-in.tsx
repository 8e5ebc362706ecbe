import { useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { LoadingState } from '../../../components/ui/spinner';
import { useAccessToken } from '../../../lib/use-access-token';
import { signInFor, useRestoringSession, wasSignedOutOnPurpose } from '../session';

/**
 * The inside of a protected page. The route's `beforeLoad` already turns a signed-out visitor
 * away; this covers what changes while the page is open: the start-up refresh still running
 * (a loading state), or the session ending elsewhere, expiring or being suspended (sent to sign
 * in, told why when the server said, and back here afterwards).
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const signedIn = useAccessToken() !== null;
  const restoring = useRestoringSession();
  const router = useRouter();
  const navigate = useNavigate();
  // Signed out from a menu: whoever did it is already navigating away.
  const mustSignIn = !signedIn && !restoring && !wasSignedOutOnPurpose();

  // Once, when the session is found missing: a <Navigate> would fire again on every render
  // while the sign-in page loads, each time with the half-changed location as its `redirect`.
  useEffect(() => {
    if (!mustSignIn) return;
    void navigate({ ...signInFor(router.state.location.href), replace: true });
  }, [mustSignIn, navigate, router]);

  if (signedIn) return children;
  if (restoring) return <LoadingState label="Checking your sign-in…" />;
  return null;
}
