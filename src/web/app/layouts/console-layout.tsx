import { Link, Outlet, type LinkProps } from '@tanstack/react-router';
import { SkipLink } from '../../components/ui/skip-link';
import { RequireRole } from '../../features/auth/components/require-role';
import { RequireSignIn } from '../../features/auth/components/require-sign-in';
import { useDocumentTitle } from '../../lib/use-document-title';
import { StoreBrand } from '../../features/store/components/store-brand';

export type ConsoleNavItem = { to: LinkProps['to']; label: string };

type ConsoleLayoutProps = {
  /** "Seller center" or "Admin console". */
  title: string;
  nav: readonly ConsoleNavItem[];
  access: Omit<Parameters<typeof RequireRole>[0], 'children'>;
};

/** The frame of the seller center and the admin console: a top bar and a sidebar. */
export function ConsoleLayout({ title, nav, access }: ConsoleLayoutProps) {
  return (
    <div className="console">
      <SkipLink />
      <header className="console__header">
        <Link to="/" className="brand">
          <StoreBrand />
        </Link>
        <span className="console__title">{title}</span>
        <Link to="/" className="console__exit">
          Back to the shop
        </Link>
      </header>
      <div className="console__body">
        <nav aria-label={title} className="console__nav">
          <ul>
            {nav.map((item) => (
              <li key={item.label}>
                {/* Exact match, or the overview link would stay highlighted on every page. */}
                <Link to={item.to} activeOptions={{ exact: true }} className="console__nav-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="console__main">
          <RequireSignIn>
            <RequireRole {...access}>
              <Outlet />
            </RequireRole>
          </RequireSignIn>
        </main>
      </div>
    </div>
  );
}

type ConsolePlaceholderProps = { title: string; children: string };

/** A console page that a later issue fills in: says what will be here. */
export function ConsolePlaceholder({ title, children }: ConsolePlaceholderProps) {
  useDocumentTitle(title);
  return (
    <section className="console-page">
      <h1>{title}</h1>
      <div className="notice">
        <p>{children}</p>
        <p className="notice__soon">Coming soon.</p>
      </div>
    </section>
  );
}
