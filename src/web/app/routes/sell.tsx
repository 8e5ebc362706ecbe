import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { buttonClassName } from '../../components/ui/button';
import { useCurrentUser } from '../../features/auth/api/get-me';
import type { CurrentUser } from '../../features/auth/types';
import { useStoreName } from '../../features/store/components/store-brand';
import { useAccessToken } from '../../lib/use-access-token';
import { useDocumentTitle } from '../../lib/use-document-title';

type Way = { title: string; text: ReactNode; action: ReactNode };

/** The ways into selling open to this visitor, each with its call to action. */
function waysFor(user: CurrentUser | undefined, signedIn: boolean, storeName: string): Way[] {
  if (user?.role === 'seller' || user?.role === 'admin') {
    return [
      {
        title: 'Your seller center',
        text: 'Your products, orders and sales are in the seller center.',
        action: (
          // No preload on hover: nobody downloads the seller center before opening it.
          <Link to="/seller" preload={false} className={buttonClassName()}>
            Open the seller center
          </Link>
        ),
      },
    ];
  }
  const apply: Way = {
    title: `You already shop on ${storeName}`,
    text: 'Apply from your account, under Sell. An administrator reviews the application and we email you the decision; your orders, reviews and addresses stay with you.',
    action: signedIn ? (
      <Link to="/account/sell" className={buttonClassName()}>
        Apply to sell
      </Link>
    ) : (
      <Link to="/sign-in" search={{ redirect: '/account/sell' }} className={buttonClassName('secondary')}>
        Sign in to apply
      </Link>
    ),
  };
  if (signedIn) return [apply];
  return [
    {
      title: `You are new to ${storeName}`,
      text: 'Register as a seller with your business name and tax ID. Your shop opens as soon as you verify your email address: no review, no waiting.',
      action: (
        <Link to="/register" search={{ role: 'seller' }} className={buttonClassName()}>
          Register as a seller
        </Link>
      ),
    },
    apply,
  ];
}

/** /sell: what selling here means, before anyone is asked to register or sign in. */
export function SellPage() {
  const storeName = useStoreName();
  const signedIn = useAccessToken() !== null;
  const user = useCurrentUser().data;
  useDocumentTitle(`Sell on ${storeName}`);

  return (
    <article className="sell-page" aria-labelledby="sell-heading">
      <header className="stack">
        <h1 id="sell-heading">Sell on {storeName}</h1>
        <p className="lead">
          Open your own shop among the independent sellers of {storeName}: shoppers find your products in the same
          catalog and search as everyone else’s.
        </p>
      </header>

      <section className="panel" aria-labelledby="sell-can-heading">
        <h2 id="sell-can-heading">What a seller does</h2>
        <ul className="sell-page__list">
          <li>Lists products, each with its variants (size, colour…), photos, price and stock.</li>
          <li>Is warned when a variant runs low on stock.</li>
          <li>Sees the order lines of their own products, with the buyer’s delivery address, and marks them shipped.</li>
          <li>Follows revenue, orders and best sellers, and downloads sales reports.</li>
        </ul>
        <p className="muted">All of it happens in the seller center; shoppers see your business name on your products.</p>
      </section>

      <section aria-labelledby="sell-start-heading" className="stack">
        <h2 id="sell-start-heading">How to start</h2>
        <ul className="link-cards">
          {waysFor(user, signedIn, storeName).map((way) => (
            <li key={way.title} className="panel sell-page__way">
              <h3>{way.title}</h3>
              <p>{way.text}</p>
              <div>{way.action}</div>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
