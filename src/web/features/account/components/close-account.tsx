import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useConfirmation } from '../../../lib/use-confirmation';
import { useForm } from '../../../lib/use-form';
import { PasswordField } from '../../auth/components/password-field';
import { endLocalSession } from '../../auth/session';
import type { CurrentUser } from '../../auth/types';
import { useCloseAccount } from '../api/close-account';

/**
 * Closing the account for good: what it means first, then the password as a deliberate second
 * step. Afterwards this device forgets the session and goes to the shop's home page.
 */
export function CloseAccount({ user }: { user: CurrentUser }) {
  const headingId = useId();
  const navigate = useNavigate();
  const close = useCloseAccount();
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation<HTMLInputElement>();
  const form = useForm({
    idPrefix: 'close-account',
    initialValues: { password: '' },
    validate: ({ password }) => ({ password: password ? undefined : 'Enter your password to confirm' }),
    serverMessages: { password: 'Your password is not correct' },
  });

  async function send({ password }: { password: string }) {
    await close.mutateAsync(password);
    endLocalSession();
    await navigate({ to: '/', replace: true });
  }

  return (
    <section className="panel panel--danger" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Close your account</h2>
        <p className="muted">Permanently, on every device. This cannot be undone.</p>
      </div>
      <ul className="consequences">
        <li>You are signed out everywhere at once.</li>
        <li>Your name, phone number, saved addresses and sign-in history are erased.</li>
        {user.role === 'seller' && <li>Your shop closes. Your business name stays on the records of past sales.</li>}
        <li>A pending application to sell is withdrawn.</li>
        <li>Records of past orders are kept for accounting, without your personal details.</li>
        <li>You may register again later with the same email address, as a new account.</li>
      </ul>
      {!confirming ? (
        <div>
          <Button ref={startRef} variant="secondary" onClick={ask}>
            Close my account…
          </Button>
        </div>
      ) : (
        <form className="confirm" noValidate onSubmit={form.handleSubmit(send)} aria-label="Confirm closing your account">
          <p>
            <strong>Are you sure?</strong> Enter your password to close the account of{' '}
            <span className="break-anywhere">{user.email}</span>.
          </p>
          {/* Lets a password manager offer the right account's password. */}
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          <PasswordField ref={firstRef} {...form.field('password')} label="Your password" autoComplete="current-password" />
          <FormErrorAlert message={form.formError} />
          <div className="actions">
            <Button type="submit" className="button--danger" aria-disabled={form.pending || undefined}>
              {form.pending ? 'Closing your account…' : 'Close my account permanently'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                form.reset();
                cancel();
              }}
            >
              Keep my account
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
