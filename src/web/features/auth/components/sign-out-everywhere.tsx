import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useSignOutEverywhere } from '../api/sign-out';
import { genericMessage } from '../../../lib/api-errors';
import { useConfirmation } from '../../../lib/use-confirmation';
import { endLocalSession } from '../session';

/** Ends every session of the account, this one included — after a second, deliberate click. */
export function SignOutEverywhere() {
  const headingId = useId();
  const navigate = useNavigate();
  const signOutAll = useSignOutEverywhere();
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation();

  function confirm() {
    if (signOutAll.isPending) return;
    signOutAll.mutate(undefined, {
      onSuccess: () => {
        endLocalSession();
        void navigate({ to: '/sign-in', replace: true });
      },
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Sign out everywhere</h2>
        <p className="muted">
          Ends every session of your account, on every device — this one too. Useful after signing in on a shared or
          lost device.
        </p>
      </div>
      {!confirming ? (
        <div>
          <Button ref={startRef} variant="secondary" onClick={ask}>
            Sign out everywhere…
          </Button>
        </div>
      ) : (
        <div className="confirm" role="group" aria-label="Confirm signing out everywhere">
          <p>Sign out of every device now? You will need your password to sign in again.</p>
          {signOutAll.error && (
            <Alert tone="error" title="We could not sign you out everywhere">
              <p>{genericMessage(signOutAll.error)}</p>
              <p>Your sessions are still active, this one included. Try again in a moment.</p>
            </Alert>
          )}
          <div className="actions">
            <Button
              ref={firstRef}
              className="button--danger"
              aria-disabled={signOutAll.isPending || undefined}
              onClick={confirm}
            >
              {signOutAll.isPending ? 'Signing out…' : 'Yes, sign out everywhere'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                signOutAll.reset();
                cancel();
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
