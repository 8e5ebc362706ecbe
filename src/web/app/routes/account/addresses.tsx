import { lazy, Suspense } from 'react';
import { LoadingState } from '../../../components/ui/spinner';
import { useDocumentTitle } from '../../../lib/use-document-title';

// Checking phone numbers and postal codes as they are typed takes the rules of every country
// (~45 kB compressed): only this page loads them, not the whole account chunk.
const AddressBook = lazy(() => import('../../../features/addresses/components/address-book').then((m) => ({ default: m.AddressBook })));

export function AccountAddressesPage() {
  useDocumentTitle('Addresses');

  return (
    <div className="account-page">
      <div className="panel__header">
        <h1>Addresses</h1>
        <p className="muted">Where your orders can be delivered. Checkout suggests your default address first.</p>
      </div>
      <Suspense fallback={<LoadingState label="Loading your addresses…" />}>
        <AddressBook />
      </Suspense>
    </div>
  );
}
