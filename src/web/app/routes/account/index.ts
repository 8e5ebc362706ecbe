// The signed-in account pages: one lazily loaded chunk (see app/router/account.tsx).
export { AccountHomePage } from './home';
export { AccountLayout } from './layout';
export { AccountSecurityPage } from './security';
export { AccountAddressesPage } from './addresses';
export { AccountSellPage } from './sell';
