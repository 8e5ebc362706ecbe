import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireSignIn } from './guards';
import { storeRoute } from './storefront';

// The account: inside the storefront's frame, in a chunk of its own.

const loadAccount = () => import('../routes/account');
type AccountPage = Exclude<keyof Awaited<ReturnType<typeof loadAccount>>, 'AccountLayout'>;

const accountRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'account',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(loadAccount, 'AccountLayout'),
});

// Through a generic helper, like the seller's and admin's pages: written inline in addChildren,
// these children made TypeScript give up on the whole route tree (every path typed `any`, with
// no error but in unrelated `search` reducers).
function accountPage<const TPath extends string>(path: TPath, page: AccountPage) {
  return createRoute({
    getParentRoute: () => accountRoute,
    path,
    component: lazyRouteComponent(loadAccount, page),
  });
}

export const accountTree = accountRoute.addChildren([
  accountPage('/', 'AccountHomePage'),
  accountPage('security', 'AccountSecurityPage'),
  accountPage('addresses', 'AccountAddressesPage'),
  accountPage('sell', 'AccountSellPage'),
]);
