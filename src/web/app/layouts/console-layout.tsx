import { Link, Outlet } from '@tanstack/react-router';
import { SkipLink } from '../../components/ui/skip-link';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { RequireRole } from '../../features/auth/components/require-role';
import { RequireSignIn } from '../../features/auth/components/require-sign-in';
import { StoreBrand } from '../../features/store/components/store-brand';
import { useAccessToken } from '../../lib/use-access-token';
import { useDocumentTitle } from '../../lib/use-document-title';
import { SectionNav, type SectionNavItem } from './section-nav';

type ConsoleLayoutProps = {
  /** "Seller center" or "Admin console". */
  title: string;
  nav: readonly SectionNavItem[];
  access: Omit<Parameters<typeof RequireRole>[0], 'children'>;
};

/** The frame of the seller center and the admin console: a top bar with the account menu, and a sidebar. */
export function ConsoleLayout({ title, nav, access }: ConsoleLayoutProps) {
  const signedIn = useAccessToken() !== null;
  return (
    <div className="console">
      <SkipLink />
      <header className="console__header">
        <Link to="/" className="brand">
          <StoreBrand />
        </Link>
        <span className="console__title">{title}</span>
        <div className="console__account">
          <Link to="/" className="console__exit">
            Back to the shop
          </Link>
          {signedIn && <AccountMenu />}
        </div>
      </header>
      <div className="console__body">
        <SectionNav label={title} items={nav} block="console" />
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
