import { useQuery } from '@tanstack/react-query';

/**
 * The development mailbox exists only outside production and without SMTP; a HEAD request
 * says whether this server has one. Asked only on a local address, so a real shop never
 * probes (and never logs a 404).
 */
function mailboxAvailable(): Promise<boolean> {
  return fetch('/dev/mailbox', { method: 'HEAD' }).then(
    (response) => response.ok,
    () => false,
  );
}

function isLocalHost(): boolean {
  return import.meta.env.DEV || ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
}

/** "Development: the email is in the mailbox" — a shortcut for whoever runs the shop locally. */
export function DevMailboxHint() {
  const local = isLocalHost();
  const mailbox = useQuery({
    queryKey: ['dev-mailbox'],
    queryFn: mailboxAvailable,
    enabled: local,
    staleTime: Infinity,
    retry: false,
  });
  if (!mailbox.data) return null;
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
