import { useStore } from '../../store/api/get-store';

/** "Development: the email is in the mailbox" — a shortcut for whoever runs the shop locally. */
export function DevMailboxHint() {
  if (!useStore().data?.devMailbox) return null;
  return (
    <p className="dev-hint">
      <strong>Development:</strong> this server keeps its emails instead of sending them.{' '}
      {/* A server page, not a route of the app. */}
      <a href="/dev/mailbox" target="_blank" rel="noopener">
        Open the mailbox
      </a>
    </p>
  );
}
