import { useId, useState } from 'react';
import { REASON_MAX } from '../../../../contracts/account-rules';
import type { UserProfile } from '../../../../contracts/auth';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/form-field';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useConfirmation } from '../../../lib/use-confirmation';
import { useForm } from '../../../lib/use-form';
import { PasswordField } from '../../auth/components/password-field';
import { useChangeUserStatus, type StatusChange } from '../api/change-user-status';
import { UserStatusBadge } from './badges';

type Action = StatusChange['action'];

/** What an admin can do to the account's status, or why nothing. */
function availableAction(user: UserProfile, isSelf: boolean): { action: Action } | { unavailable: string } {
  if (user.status === 'suspended') return { action: 'activate' };
  // Not offered: the API refuses it (409), as an admin who suspended itself would be locked out.
  if (isSelf) return { unavailable: 'This is your own account: you cannot suspend yourself. Another admin can.' };
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
    question: (user: UserProfile) =>
      user.role === 'admin'
        ? `Suspend ${user.fullName}, an admin? Every session of theirs ends at once, on every device, so they lose ` +
          'the admin console; they cannot sign in until another admin activates the account again.'
        : `Suspend ${user.fullName}? They are signed out of every device at once and cannot sign in until an admin ` +
          `activates the account again.${user.role === 'seller' ? ' Their products leave the catalog.' : ''}`,
    done: 'The account is suspended and every one of its sessions has ended. They were emailed.',
  },
  activate: {
    start: 'Activate account…',
    confirm: 'Activate',
    busy: 'Activating…',
    reasonLabel: 'Note (optional)',
    reasonHint: 'Sent to them in the email and kept in the audit log.',
    question: (user: UserProfile) =>
      `Activate ${user.fullName} again? They can sign in at once, and any products they sell return to the catalog.`,
    done: 'The account is active again. They were emailed and can sign in.',
  },
} as const;

type AccountStatusPanelProps = { user: UserProfile; isSelf: boolean };

/** Suspends or reactivates an account, after a confirmation that says what will happen. */
export function AccountStatusPanel({ user, isSelf }: AccountStatusPanelProps) {
  const headingId = useId();
  const change = useChangeUserStatus();
  const { confirming, ask, cancel, close, startRef, firstRef } = useConfirmation<HTMLTextAreaElement>();
  const [done, setDone] = useState<string | null>(null);
  const available = availableAction(user, isSelf);
  // Suspending an admin takes the acting admin's own password (never asked for one's own account,
  // which offers no suspension): a stolen admin session alone cannot lock the other admins out.
  const asksPassword = 'action' in available && available.action === 'suspend' && user.role === 'admin';
  const form = useForm({
    initialValues: { reason: '', currentPassword: '' },
    validate: (values) => ({
      currentPassword: asksPassword && !values.currentPassword ? 'Enter your own password' : undefined,
    }),
    // A password refusal for a form that shows no password field is said form-wide.
    fieldOf: (apiField) => (apiField === 'reason' || (apiField === 'currentPassword' && asksPassword) ? apiField : undefined),
    serverMessages: { currentPassword: 'Your password is not correct' },
  });

  async function send(action: Action, { reason, currentPassword }: { reason: string; currentPassword: string }) {
    await change.mutateAsync({
      userId: user.id,
      action,
      reason: reason.trim() || undefined,
      currentPassword: asksPassword ? currentPassword : undefined,
    });
    setDone(COPY[action].done);
    close();
    form.reset();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Account status</h2>
        <p>
          This account is <UserStatusBadge status={user.status} />
        </p>
      </div>
      {done && (
        // The form is gone: the outcome takes the focus, so it is read out.
        <Alert ref={focusOnMount} tone="success">
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
              ask();
            }}
          >
            {COPY[available.action].start}
          </Button>
        </div>
      ) : (
        <form
          className="confirm"
          noValidate
          onSubmit={form.handleSubmit((values) => send(available.action, values))}
          aria-label={COPY[available.action].confirm}
        >
          <p>{COPY[available.action].question(user)}</p>
          <TextAreaField
            ref={firstRef}
            {...form.field('reason')}
            label={COPY[available.action].reasonLabel}
            hint={COPY[available.action].reasonHint}
            rows={3}
            maxLength={REASON_MAX}
          />
          {asksPassword && (
            <PasswordField
              {...form.field('currentPassword')}
              label="Your password"
              hint="So that a stolen session cannot lock the other admins out. Every admin is emailed about it."
              autoComplete="current-password"
            />
          )}
          <FormErrorAlert message={form.formError} />
          <div className="actions">
            <Button
              type="submit"
              className={available.action === 'suspend' ? 'button--danger' : undefined}
              aria-disabled={form.pending || undefined}
            >
              {form.pending ? COPY[available.action].busy : COPY[available.action].confirm}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                form.reset();
                cancel();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
