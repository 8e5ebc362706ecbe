import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SkipLink } from '../../components/ui/skip-link';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around any storefront content. */
export function StorefrontShell({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="container site-main">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

export function StorefrontLayout() {
  return (
    <StorefrontShell>
      <Outlet />
    </StorefrontShell>
  );
}
