import type { UseMutationResult } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { genericMessage, hasCode } from '../../../lib/api-errors';
import { useRunOnce } from '../use-run-once';
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
  /** Heading while the token is posted, and above an unexpected failure. */
  title: string;
  pendingLabel: string;
  failureTitle: string;
  invalidLink: (incomplete: boolean) => ReactNode;
  success: (data: T) => ReactNode;
};

/**
 * The page an emailed link opens (verify email, unlock): it posts the single-use token once,
 * then shows what happened.
 */
export function EmailLinkLanding<T>({ token, mutation, title, pendingLabel, failureTitle, invalidLink, success }: LandingProps<T>) {
  const { mutate } = mutation;
  useRunOnce(
    useCallback(() => {
      if (token) mutate(token);
    }, [mutate, token]),
    token !== undefined,
  );

  if (!token) return invalidLink(true);
  if (mutation.isSuccess) return success(mutation.data);
  if (mutation.error) {
    if (hasCode(mutation.error, 'AUTH_RESET_TOKEN_INVALID', 'VALIDATION_ERROR')) return invalidLink(false);
    return (
      <AuthCard title={title}>
        <ErrorState title={failureTitle} error={new Error(genericMessage(mutation.error))} onRetry={() => mutate(token)} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title}>
      <LoadingState label={pendingLabel} />
    </AuthCard>
  );
}
