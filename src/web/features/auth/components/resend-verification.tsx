import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { useResendVerification } from '../api/resend-verification';
import { genericMessage } from '../../../lib/api-errors';
import { emailProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';

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
        <p>{genericMessage(mutation.error)}</p>
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
  const resend = useResendVerification();
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: ({ email }) => ({ email: emailProblem(email) }),
  });

  if (resend.isSuccess) return <ResendOutcome mutation={resend} />;
  return (
    // ResendOutcome says how it went, as it does for the button.
    <form className="form" noValidate onSubmit={form.handleSubmit(({ email }) => resend.mutateAsync(email.trim()).catch(() => undefined))}>
      <TextField {...form.field('email')} label="Your email address" type="email" autoComplete="email" inputMode="email" />
      <ResendOutcome mutation={resend} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Sending…' : 'Send a new link'}
        </Button>
      </div>
    </form>
  );
}
