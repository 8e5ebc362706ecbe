import { useId, useRef, useState, type ComponentType } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { DesktopIcon, PhoneIcon, TabletIcon, UnknownDeviceIcon } from '../../../components/ui/icons';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDateTime, formatRelative } from '../../../lib/format-date';
import { useConfirmation } from '../../../lib/use-confirmation';
import { genericMessage, hasCode } from '../../../lib/api-errors';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';
import type { DeviceType, UserSession } from '../types';

const DEVICE_ICONS: Record<DeviceType, ComponentType> = {
  desktop: DesktopIcon,
  mobile: PhoneIcon,
  tablet: TabletIcon,
  unknown: UnknownDeviceIcon,
};

const DEVICE_NAMES: Record<DeviceType, string> = {
  desktop: 'Computer',
  mobile: 'Phone',
  tablet: 'Tablet',
  unknown: 'Unknown device',
};

export function describeDevice(session: Pick<UserSession, 'browser' | 'os' | 'deviceType'>): string {
  const browser = session.browser || 'Unknown browser';
  return session.os ? `${browser} on ${session.os}` : browser;
}

/** When it was last used and when it signed in: what tells apart sessions of the same browser. */
export function SessionTimes({ session }: { session: UserSession }) {
  return (
    <>
      <p className="session__meta">
        {session.current ? (
          <span className="session__active">Active now</span>
        ) : (
          <>
            Last active{' '}
            <time dateTime={session.lastActiveAt} title={formatDateTime(session.lastActiveAt)}>
              {formatRelative(session.lastActiveAt)}
            </time>
          </>
        )}
      </p>
      <p className="session__meta">
        Signed in <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
      </p>
    </>
  );
}

type SessionItemProps = {
  session: UserSession;
  revoking: boolean;
  onRevoke: (session: UserSession) => void;
};

function SessionItem({ session, revoking, onRevoke }: SessionItemProps) {
  const Icon = DEVICE_ICONS[session.deviceType] ?? UnknownDeviceIcon;
  const device = describeDevice(session);
  const place = [session.ip, session.location].filter(Boolean).join(' · ');
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation();
  return (
    <li className={`session${session.current ? ' session--current' : ''}`}>
      <span className="session__icon">
        <Icon />
        <span className="visually-hidden">{DEVICE_NAMES[session.deviceType] ?? DEVICE_NAMES.unknown}: </span>
      </span>
      <div className="session__body">
        <p className="session__device">
          <span>{device}</span>
          {session.current && <span className="tag tag--accent">This device</span>}
        </p>
        {place && <p className="session__meta">{place}</p>}
        <SessionTimes session={session} />
      </div>
      {!session.current && !confirming && (
        <Button ref={startRef} variant="secondary" className="session__revoke" onClick={ask}>
          Revoke…<span className="visually-hidden"> {device}, signed in {formatDateTime(session.createdAt)}</span>
        </Button>
      )}
      {confirming && (
        <div className="confirm session__confirm" role="group" aria-label={`Confirm signing out ${device}`}>
          <p>
            Sign out <strong>{device}</strong>, signed in {formatDateTime(session.createdAt)}? Whoever uses it will need
            your password to sign in again.
          </p>
          <div className="actions">
            <Button
              ref={firstRef}
              className="button--danger"
              aria-disabled={revoking || undefined}
              onClick={() => !revoking && onRevoke(session)}
            >
              {revoking ? 'Signing it out…' : 'Yes, sign it out'}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

/** Where the account is signed in, this device first; any other can be signed out from here. */
export function SessionList() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function handleRevoke(session: UserSession) {
    setOutcome(null);
    const device = describeDevice(session);
    revoke.mutate(session.id, {
      onSuccess: () => setOutcome({ tone: 'success', text: `${device} was signed out.` }),
      onError: (error) =>
        setOutcome(
          hasCode(error, 'NOT_FOUND')
            ? { tone: 'success', text: `${device} had already signed out.` }
            : { tone: 'error', text: genericMessage(error) },
        ),
      // Its row is gone: focus goes back to the list's heading, not to the top of the page.
      onSettled: () => headingRef.current?.focus(),
    });
  }

  let content;
  if (sessions.isPending) content = <LoadingState label="Loading your devices…" />;
  else if (sessions.error) {
    content = (
      <ErrorState title="Could not load your devices" error={sessions.error} onRetry={() => void sessions.refetch()} />
    );
  } else if (sessions.data.length === 0) {
    content = <EmptyState title="No active sessions" />;
  } else {
    const sorted = [...sessions.data].sort(
      (a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.localeCompare(a.lastActiveAt),
    );
    content = (
      <ul className="session-list" aria-labelledby={headingId}>
        {sorted.map((session) => (
          <SessionItem
            key={session.id}
            session={session}
            revoking={revoke.isPending && revoke.variables === session.id}
            onRevoke={handleRevoke}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Where you’re signed in
        </h2>
        <p className="muted">Don’t recognise a device? Revoke it, then change your password.</p>
      </div>
      {outcome && (
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Alert>
      )}
      {content}
    </section>
  );
}
