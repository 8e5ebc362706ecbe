import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useResendVerification } from '../api/resend-verification';
import { genericMessage, hasCode, rateLimitMessage } from '../errors';
import { emailError } from '../validation';

function ResendOutcome({ mutation }: { mutation: ReturnType<typeof useResendVerification> }) {
  if (mutation.isSuccess) {
    return (
      <Alert tone="success" title="Sent — check your inbox">
        <p>If the address needs verifying, a new link is on its way. You can ask again in 5 minutes.</p>
      </Alert>
    );
  }
  if (mutation.error) {
    return (
      <Alert tone="error">
        <p>{hasCode(mutation.error, 'RATE_LIMITED') ? rateLimitMessage(mutation.error) : genericMessage(mutation.error)}</p>
      </Alert>
    );
  }
  return null;
}

/** "Resend the email" for an address the page already knows. */
export function ResendVerificationButton({ email, variant = 'secondary' }: { email: string; variant?: 'primary' | 'secondary' }) {
  const resend = useResendVerification();
  return (
    <div className="stack">
      {!resend.isSuccess && (
        <div>
          <Button
            variant={variant}
            aria-disabled={resend.isPending || undefined}
            onClick={() => !resend.isPending && resend.mutate(email)}
          >
            {resend.isPending ? 'Sending…' : 'Resend the email'}
          </Button>
        </div>
      )}
      <ResendOutcome mutation={resend} />
    </div>
  );
}

/** The same, asking for the address first (a link that expired says nothing about whose it was). */
export function ResendVerificationForm({ initialEmail = '' }: { initialEmail?: string }) {
  const inputId = useId();
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string>();
  const resend = useResendVerification();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (resend.isPending) return;
    const problem = emailError(email);
    setError(problem);
    if (problem) {
      document.getElementById(inputId)?.focus();
      return;
    }
    resend.mutate(email.trim());
  }

  if (resend.isSuccess) return <ResendOutcome mutation={resend} />;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        id={inputId}
        label="Your email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        error={error}
        onChange={(event) => setEmail(event.target.value)}
      />
      <ResendOutcome mutation={resend} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={resend.isPending || undefined}>
          {resend.isPending ? 'Sending…' : 'Send a new link'}
        </Button>
      </div>
    </form>
  );
}
