import { Link } from '@tanstack/react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link to="/search">All products</Link>
            </li>
            <li>
              {/* No preload on hover: a shopper should not download the seller center. */}
              <Link to="/seller" preload={false}>
                Sell on shoppingMall
              </Link>
            </li>
            <li>
              <Link to="/account">Your account</Link>
            </li>
            <li>
              <a href="/api/docs">API docs</a>
            </li>
          </ul>
        </nav>
        <p className="site-footer__note">shoppingMall — an open-source marketplace.</p>
      </div>
    </footer>
  );
}
