import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { genericMessage, hasCode } from '../../../lib/api-errors';
import { AuthCard } from './auth-card';

type InvalidLinkProps = {
  incomplete?: boolean;
  /** Why a complete link can fail, and what to do instead. */
  expiredMessage: string;
  footer?: ReactNode;
  children: ReactNode;
};

/** An emailed link that is cut short or no longer valid. */
export function InvalidLinkCard({ incomplete = false, expiredMessage, footer, children }: InvalidLinkProps) {
  return (
    <AuthCard
      title={incomplete ? 'This link is incomplete' : 'This link is invalid or expired'}
      focusHeading={!incomplete}
      intro={
        <p>
          {incomplete
            ? 'The address is missing its code. Open the link from the email again, or copy all of it.'
            : expiredMessage}
        </p>
      }
      footer={footer}
    >
      {children}
    </AuthCard>
  );
}

type LandingProps<T> = {
  token: string | undefined;
  mutation: UseMutationResult<T, Error, string>;
  title: string;
  intro: string;
  /** The one button: "Confirm my email address". */
  actionLabel: string;
  pendingLabel: string;
  /** Above an unexpected failure (the network, the server). */
  failureTitle: string;
  invalidLink: (incomplete: boolean) => ReactNode;
  success: (data: T) => ReactNode;
};

/**
 * The page an emailed link opens (verify email, unlock). It posts the single-use token only when
 * the person presses its button: mail scanners open links, and must not verify or unlock anything.
 */
export function EmailLinkLanding<T>({
  token,
  mutation,
  title,
  intro,
  actionLabel,
  pendingLabel,
  failureTitle,
  invalidLink,
  success,
}: LandingProps<T>) {
  if (!token) return invalidLink(true);
  if (mutation.isSuccess) return success(mutation.data);
  if (hasCode(mutation.error, 'AUTH_RESET_TOKEN_INVALID', 'VALIDATION_ERROR')) return invalidLink(false);

  function act() {
    if (token && !mutation.isPending) mutation.mutate(token);
  }

  return (
    <AuthCard title={title} intro={<p>{intro}</p>}>
      {mutation.error && (
        <Alert tone="error" title={failureTitle}>
          <p>{genericMessage(mutation.error)}</p>
        </Alert>
      )}
      <Button className="form__submit" aria-disabled={mutation.isPending || undefined} onClick={act}>
        {mutation.isPending ? pendingLabel : actionLabel}
      </Button>
    </AuthCard>
  );
}
