import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** `h1` when the state is the whole page, so the page still has its main heading. */
  heading?: 'h1' | 'h2';
};

export function EmptyState({ title, children, action, heading: Heading = 'h2' }: EmptyStateProps) {
  return (
    <div className="state">
      <Heading className="state__title">{title}</Heading>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}
