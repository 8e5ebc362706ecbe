import type { ReactNode, Ref } from 'react';

type AlertProps = {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
};

/**
 * A message inside a page or form. Errors are `role="alert"` (read out at once), the rest
 * `role="status"` (read when the reader is idle); either is announced when it appears. It can
 * also take focus (`ref`) when a page's outcome replaces the form that had it.
 */
export function Alert({ tone, title, children, ref }: AlertProps) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}

/** A form's message that belongs to no one field (the network, a rate limit); nothing when there is none. */
export function FormErrorAlert({ message }: { message: ReactNode }) {
  if (!message) return null;
  return (
    <Alert tone="error">
      <p>{message}</p>
    </Alert>
  );
}
