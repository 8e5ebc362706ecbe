import { Link } from '@tanstack/react-router';
import { useStoreName } from '../../features/store/components/store-brand';

export function SiteFooter() {
  const storeName = useStoreName();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link to="/search">All products</Link>
            </li>
            <li>
              <Link to="/sell">Sell on {storeName}</Link>
            </li>
            <li>
              <Link to="/account">Your account</Link>
            </li>
            <li>
              <a href="/api/docs">API docs</a>
            </li>
          </ul>
        </nav>
        <p className="site-footer__note">{storeName}: products from independent sellers, in one place.</p>
      </div>
    </footer>
  );
}
