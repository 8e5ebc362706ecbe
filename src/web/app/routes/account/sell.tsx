import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { SellerApplication } from '../../../../contracts/account';
import { buttonClassName } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useCurrentUser } from '../../../features/auth/api/get-me';
import type { CurrentUser } from '../../../features/auth/types';
import { useMyApplication } from '../../../features/seller-applications/api/my-application';
import { ApplicationForm } from '../../../features/seller-applications/components/application-form';
import { ApplicationStatus } from '../../../features/seller-applications/components/application-status';
import { useSellerSessionAfterApproval } from '../../../features/seller-applications/use-seller-session';
import { useStoreName } from '../../../features/store/components/store-brand';
import { useDocumentTitle } from '../../../lib/use-document-title';

function SellerWelcome({ user }: { user: CurrentUser }) {
  const storeName = useStoreName();
  return (
    <section className="panel" aria-labelledby="seller-welcome-heading">
      <div className="panel__header">
        <h2 id="seller-welcome-heading">You sell on {storeName}</h2>
        {user.seller && (
          <p className="muted break-anywhere">
            as <strong>{user.seller.businessName}</strong>
          </p>
        )}
      </div>
      <p>Your products, orders and sales are in the seller center.</p>
      <div>
        <Link to="/seller" className={buttonClassName()}>
          Open the seller center
        </Link>
      </div>
    </section>
  );
}

type SellContentProps = {
  user: CurrentUser;
  application: SellerApplication | null;
  justSent: boolean;
  onSent: () => void;
};

function SellContent({ user, application, justSent, onSent }: SellContentProps) {
  if (user.role === 'admin') {
    return (
      <EmptyState title="Administrators do not sell">
        An administrator account runs the shop. To sell, apply from a customer account.
      </EmptyState>
    );
  }
  if (user.role === 'seller') return <SellerWelcome user={user} />;
  return (
    <>
      {application ? (
        <ApplicationStatus application={application} takeFocus={justSent} />
      ) : (
        <p className="lead">
          Open your own shop: list your products, handle your orders and follow your sales from the seller center.
        </p>
      )}
      {(application === null || application.status === 'rejected') && (
        <ApplicationForm
          // A fresh form after each rejection, filled in with what was sent.
          key={application?.id ?? 'first'}
          title={application ? 'Apply again' : 'Apply to sell'}
          initial={application ? { businessName: application.businessName, taxId: application.taxId, description: application.description ?? '' } : undefined}
          onSubmitted={onSent}
        />
      )}
    </>
  );
}

/** /account/sell: a customer applies to sell and follows the application; a seller finds the seller center. */
export function AccountSellPage() {
  const storeName = useStoreName();
  useDocumentTitle(`Sell on ${storeName}`);
  const user = useCurrentUser();
  const application = useMyApplication();
  const [justSent, setJustSent] = useState(false);
  useSellerSessionAfterApproval(application.data, user.data);

  const error = user.error ?? application.error;
  let content;
  if (user.isSuccess && application.isSuccess) {
    content = <SellContent user={user.data} application={application.data} justSent={justSent} onSent={() => setJustSent(true)} />;
  } else if (error) {
    content = (
      <ErrorState
        title="Could not load your application"
        error={error}
        onRetry={() => {
          void user.refetch();
          void application.refetch();
        }}
      />
    );
  } else {
    content = <LoadingState label="Loading your application…" />;
  }

  return (
    <div className="account-page">
      <h1>Sell on {storeName}</h1>
      {content}
    </div>
  );
}
