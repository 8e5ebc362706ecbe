import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useCurrentUser } from '../api/get-me';
import type { UserRole } from '../types';

type RequireRoleProps = {
  roles: readonly UserRole[];
  /** What to say to a signed-in user without one of `roles`, and where they can go instead. */
  refusal: { title: string; message: string; link: { to: '/account/sell' | '/'; label: string } };
  children: ReactNode;
};

/**
 * The seller center and the admin console open only for their roles. The API refuses the others
 * anyway; this shows them where they can go instead of a page of errors.
 */
export function RequireRole({ roles, refusal, children }: RequireRoleProps) {
  const me = useCurrentUser();
  if (me.isPending) return <LoadingState label="Checking your access…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (roles.includes(me.data.role)) return children;
  return (
    <EmptyState
      heading="h1"
      title={refusal.title}
      action={
        <Link to={refusal.link.to} className="button button--primary">
          {refusal.link.label}
        </Link>
      }
    >
      {refusal.message}
    </EmptyState>
  );
}
