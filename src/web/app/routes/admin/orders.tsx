import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminOrdersPage() {
  return (
    <ConsolePlaceholder title="Orders">
      Every order on the platform, with cancellation and refund requests to decide.
    </ConsolePlaceholder>
  );
}
