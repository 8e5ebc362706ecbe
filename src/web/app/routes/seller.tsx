// Loaded only when someone opens /seller: none of this is in the storefront bundle.
import '../../styles/seller.css';
import { ConsoleLayout, ConsolePlaceholder } from '../layouts/console-layout';
import type { SectionNavItem } from '../layouts/section-nav';

export { SellerProductsPage } from './seller/products';
export { SellerEditProductPage, SellerInventoryPage, SellerNewProductPage } from './seller/product-pages';

const nav: readonly SectionNavItem[] = [
  { to: '/seller', label: 'Overview', exact: true },
  { to: '/seller/products', label: 'Products' },
  { to: '/seller/orders', label: 'Orders' },
  { to: '/seller/analytics', label: 'Analytics' },
];

const access = {
  roles: ['seller', 'admin'],
  refusal: {
    title: 'The seller center is for sellers',
    message: 'Apply to sell from your account: once an admin approves your application, your seller center opens here.',
    link: { to: '/account/sell', label: 'Apply to sell' },
  },
} as const;

export function SellerLayout() {
  return <ConsoleLayout title="Seller center" nav={nav} access={access} />;
}

export function SellerOverviewPage() {
  return (
    <ConsolePlaceholder title="Seller center">
      Your shop at a glance: today’s orders, low-stock products and recent sales.
    </ConsolePlaceholder>
  );
}

export function SellerOrdersPage() {
  return (
    <ConsolePlaceholder title="Orders">
      The order lines you sold, with the buyer’s shipping address, ready to process and ship.
    </ConsolePlaceholder>
  );
}

export function SellerAnalyticsPage() {
  return (
    <ConsolePlaceholder title="Analytics">
      Revenue, orders and units sold over time, your top products, and a CSV sales report.
    </ConsolePlaceholder>
  );
}
