import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from '../../components/ui/error-state';

/** Shown when a page throws while rendering or its code fails to download. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <ErrorState
      error={error instanceof Error ? error : new Error('Unexpected error')}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}
