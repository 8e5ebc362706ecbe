import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminSellerApplicationsPage() {
  return (
    <ConsolePlaceholder title="Seller applications">
      Review customers who asked to sell, then approve them or reject with a reason.
    </ConsolePlaceholder>
  );
}
