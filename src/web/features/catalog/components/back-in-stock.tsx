import { Link, useLocation } from '@tanstack/react-router';
import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { hasCode, genericMessage } from '../../../lib/api-errors';
import { useAccessToken } from '../../../lib/use-access-token';
import { signInFor, useRestoringSession } from '../../auth/session';
import { useBackInStockRequests, useSetBackInStock } from '../api/back-in-stock';

type BackInStockProps = { productId: string; variantId: string };

/** "Notify me" on a sold-out variant: signed-out visitors sign in first and come back here. */
export function BackInStock(props: BackInStockProps) {
  const signedIn = useAccessToken() !== null;
  const restoring = useRestoringSession();
  const href = useLocation({ select: (location) => location.href });

  if (signedIn) return <NotifyMe {...props} />;
  if (restoring) {
    return (
      <p className="back-in-stock" role="status">
        <Spinner /> Checking your account…
      </p>
    );
  }
  return (
    <p className="back-in-stock">
      <Link {...signInFor(href)} className="button button--secondary">
        Sign in to be emailed when it’s back
      </Link>
    </p>
  );
}

/** What the status line under the button says: the last press's outcome first. */
function statusText(waiting: boolean, pressError: Error | null, listError: Error | null): string {
  if (pressError) return hasCode(pressError, 'CONFLICT') ? 'Good news: it is back in stock.' : genericMessage(pressError);
  if (waiting) return 'We’ll email you once when it’s back in stock.';
  if (listError) return `Your alerts could not be loaded: ${listError.message}`;
  return 'Get one email when it’s back in stock.';
}

function NotifyMe({ productId, variantId }: BackInStockProps) {
  const requests = useBackInStockRequests(true);
  const setWanted = useSetBackInStock(productId, variantId);
  const waiting = requests.data?.some((request) => request.variantId === variantId) ?? false;
  const statusId = useId();

  if (requests.isPending) {
    return (
      <p className="back-in-stock" role="status">
        <Spinner /> Checking your alerts…
      </p>
    );
  }

  return (
    <div className="back-in-stock">
      {/* One button whose words change, never disabled, so the focus stays on it after a press. */}
      <Button
        variant={waiting ? 'secondary' : 'primary'}
        aria-describedby={statusId}
        aria-disabled={setWanted.isPending || undefined}
        onClick={() => !setWanted.isPending && setWanted.mutate(!waiting)}
      >
        {waiting ? 'Cancel the email' : 'Notify me when it’s back'}
      </Button>
      <p id={statusId} className="back-in-stock__status" role="status">
        {statusText(waiting, setWanted.error, requests.error)}
      </p>
    </div>
  );
}
