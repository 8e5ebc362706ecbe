import { ReviewQueue } from '../../../features/seller-applications/components/review-queue';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function AdminSellerApplicationsPage() {
  useDocumentTitle('Seller applications');
  return (
    <section className="console-page">
      <div className="stack">
        <h1>Seller applications</h1>
        <p className="muted">Customers who asked to sell. Approving makes them sellers at once; either way they are emailed.</p>
      </div>
      <ReviewQueue />
    </section>
  );
}
