import { useId, useRef, useState, type FormEvent } from 'react';
import type { UserProfile } from '../../../../contracts/auth';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { fieldErrorsOf, genericMessage } from '../../auth/errors';
import { useChangeUserStatus, type StatusChange } from '../api/change-user-status';
import { UserStatusBadge } from './badges';

const REASON_MAX = 500;

type Action = StatusChange['action'];

/** What an admin can do to the account's status, or why nothing. */
function availableAction(user: UserProfile, isSelf: boolean): { action: Action } | { unavailable: string } {
  if (user.status === 'suspended') return { action: 'activate' };
  if (isSelf) return { unavailable: 'This is your own account.' };
  if (user.role === 'admin') return { unavailable: 'Admin accounts cannot be suspended.' };
  if (user.status === 'unverified') {
    return { unavailable: 'This account has not confirmed its email address yet, so it cannot sign in anyway.' };
  }
  if (user.status === 'deleted') return { unavailable: 'This account was closed by its owner.' };
  return { action: 'suspend' };
}

const COPY = {
  suspend: {
    start: 'Suspend account…',
    confirm: 'Suspend',
    busy: 'Suspending…',
    reasonLabel: 'Reason (optional)',
    reasonHint: 'Sent to them in the email and kept in the audit log.',
    question: (name: string) =>
      `Suspend ${name}? They are signed out of every device at once and cannot sign in until an admin ` +
      'activates the account again. Their products leave the catalog.',
    done: 'The account is suspended and every one of its sessions has ended. They were emailed.',
  },
  activate: {
    start: 'Activate account…',
    confirm: 'Activate',
    busy: 'Activating…',
    reasonLabel: 'Note (optional)',
    reasonHint: 'Sent to them in the email and kept in the audit log.',
    question: (name: string) =>
      `Activate ${name} again? They can sign in at once, and any products they sell return to the catalog.`,
    done: 'The account is active again. They were emailed and can sign in.',
  },
} as const;

type AccountStatusPanelProps = { user: UserProfile; isSelf: boolean };

/** Suspends or reactivates an account, after a confirmation that says what will happen. */
export function AccountStatusPanel({ user, isSelf }: AccountStatusPanelProps) {
  const headingId = useId();
  const reasonId = useId();
  const change = useChangeUserStatus();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const available = availableAction(user, isSelf);

  function cancel() {
    setConfirming(false);
    setReason('');
    change.reset();
    requestAnimationFrame(() => startRef.current?.focus());
  }

  function submit(action: Action, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    change.mutate(
      { userId: user.id, action, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setDone(COPY[action].done);
          setConfirming(false);
          setReason('');
          // The form is gone: the outcome takes the focus, so it is read out.
          requestAnimationFrame(() => outcomeRef.current?.focus());
        },
      },
    );
  }

  const reasonError = change.error ? fieldErrorsOf(change.error).reason : undefined;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Account status</h2>
        <p>
          This account is <UserStatusBadge status={user.status} />
        </p>
      </div>
      {done && (
        <Alert ref={outcomeRef} tone="success">
          <p>{done}</p>
        </Alert>
      )}
      {'unavailable' in available ? (
        <p className="muted">{available.unavailable}</p>
      ) : !confirming ? (
        <div>
          <Button
            ref={startRef}
            variant="secondary"
            onClick={() => {
              setDone(null);
              setConfirming(true);
              requestAnimationFrame(() => document.getElementById(reasonId)?.focus());
            }}
          >
            {COPY[available.action].start}
          </Button>
        </div>
      ) : (
        <form
          className="confirm"
          noValidate
          onSubmit={(event) => submit(available.action, event)}
          aria-label={COPY[available.action].confirm}
        >
          <p>{COPY[available.action].question(user.fullName)}</p>
          <div className={`field${reasonError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={reasonId}>
              {COPY[available.action].reasonLabel}
            </label>
            <p id={`${reasonId}-hint`} className="field__hint">
              {COPY[available.action].reasonHint}
            </p>
            <textarea
              id={reasonId}
              className="field__input admin-textarea"
              rows={3}
              maxLength={REASON_MAX}
              aria-describedby={`${reasonId}-hint`}
              aria-invalid={reasonError ? true : undefined}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          {change.error && (
            <Alert tone="error">
              <p>{reasonError ?? genericMessage(change.error)}</p>
            </Alert>
          )}
          <div className="actions">
            <Button
              type="submit"
              className={available.action === 'suspend' ? 'button--danger' : undefined}
              aria-disabled={change.isPending || undefined}
            >
              {change.isPending ? COPY[available.action].busy : COPY[available.action].confirm}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
