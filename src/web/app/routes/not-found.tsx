import { Link } from '@tanstack/react-router';
import { buttonClassName } from '../../components/ui/button';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="coming-soon" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>We could not find the page you were looking for. It may have moved, or the address has a typo.</p>
      <div className="actions">
        <Link to="/" className={buttonClassName('primary')}>
          Go to the home page
        </Link>
        <Link to="/search" className={buttonClassName('secondary')}>
          Browse all products
        </Link>
      </div>
    </section>
  );
}
