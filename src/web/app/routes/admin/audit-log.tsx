import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminAuditLogPage() {
  return (
    <ConsolePlaceholder title="Audit log">
      Who did what and when: sign-ins, lockouts, denied requests and every admin action.
    </ConsolePlaceholder>
  );
}
