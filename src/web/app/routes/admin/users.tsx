import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminUsersPage() {
  return (
    <ConsolePlaceholder title="Users">
      Find any account, see its sessions and orders, suspend or reactivate it, and add admins.
    </ConsolePlaceholder>
  );
}
