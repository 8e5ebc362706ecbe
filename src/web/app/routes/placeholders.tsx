import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { buttonClassName } from '../../components/ui/button';
import { useDocumentTitle } from '../../lib/use-document-title';

type ComingSoonProps = { title: string; children: ReactNode };

/** A storefront page that a later issue builds; it says so instead of looking broken. */
function ComingSoon({ title, children }: ComingSoonProps) {
  useDocumentTitle(title);
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-heading">
      <h1 id="coming-soon-heading">{title}</h1>
      <div className="notice">
        {children}
        <p className="notice__soon">This page is coming soon.</p>
      </div>
      <Link to="/" className={buttonClassName('primary')}>
        Continue shopping
      </Link>
    </section>
  );
}

export function CartPage() {
  return (
    <ComingSoon title="Your cart">
      <p>Your cart is on its way. Until then, browse the shop and note what you like.</p>
    </ComingSoon>
  );
}
