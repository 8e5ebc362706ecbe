import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminUserDetailPage() {
  return <ConsolePlaceholder title="User">One account: profile, addresses, sessions and orders.</ConsolePlaceholder>;
}
