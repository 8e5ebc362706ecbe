import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminOverviewPage() {
  return (
    <ConsolePlaceholder title="Admin console">
      The whole marketplace at a glance: sales, orders, new users and active sellers.
    </ConsolePlaceholder>
  );
}
