import { useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PasswordField } from '../../auth/components/password-field';
import { fieldErrorsOf, genericMessage, hasCode } from '../../auth/errors';
import { endLocalSession } from '../../auth/session';
import type { CurrentUser } from '../../auth/types';
import { useCloseAccount } from '../api/close-account';

const PASSWORD_ID = 'close-account-password';

/**
 * Closing the account for good: what it means first, then the password as a deliberate second
 * step. Afterwards this device forgets the session and goes to the shop's home page.
 */
export function CloseAccount({ user }: { user: CurrentUser }) {
  const headingId = useId();
  const navigate = useNavigate();
  const close = useCloseAccount();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [formError, setFormError] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  function focusPassword() {
    requestAnimationFrame(() => document.getElementById(PASSWORD_ID)?.focus());
  }

  function cancel() {
    setConfirming(false);
    setPassword('');
    setPasswordError(undefined);
    setFormError(null);
    requestAnimationFrame(() => startRef.current?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (close.isPending) return;
    setFormError(null);
    if (!password) {
      setPasswordError('Enter your password to confirm');
      focusPassword();
      return;
    }
    close.mutate(password, {
      onSuccess: () => {
        endLocalSession();
        void navigate({ to: '/', replace: true });
      },
      onError: (error) => {
        if (hasCode(error, 'VALIDATION_ERROR') && fieldErrorsOf(error).password) {
          setPasswordError('Your password is not correct');
          focusPassword();
        } else {
          // A rate limit or the network: said above the buttons.
          setFormError(genericMessage(error));
        }
      },
    });
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
          <Button
            ref={startRef}
            variant="secondary"
            onClick={() => {
              setConfirming(true);
              focusPassword();
            }}
          >
            Close my account…
          </Button>
        </div>
      ) : (
        <form className="confirm" noValidate onSubmit={submit} aria-label="Confirm closing your account">
          <p>
            <strong>Are you sure?</strong> Enter your password to close the account of{' '}
            <span className="break-anywhere">{user.email}</span>.
          </p>
          {/* Lets a password manager offer the right account's password. */}
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          <PasswordField
            id={PASSWORD_ID}
            label="Your password"
            name="password"
            autoComplete="current-password"
            value={password}
            error={passwordError}
            onChange={(event) => {
              setPassword(event.target.value);
              setPasswordError(undefined);
            }}
          />
          {formError && (
            <Alert tone="error">
              <p>{formError}</p>
            </Alert>
          )}
          <div className="actions">
            <Button type="submit" className="button--danger" aria-disabled={close.isPending || undefined}>
              {close.isPending ? 'Closing your account…' : 'Close my account permanently'}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Keep my account
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
