import { useId, type ReactNode } from 'react';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useDocumentTitle } from '../../../lib/use-document-title';

type AuthCardProps = {
  title: string;
  /** The tab title when it should differ from the heading. */
  documentTitle?: string;
  intro?: ReactNode;
  icon?: ReactNode;
  /** Focus the heading when it appears: the card replaced a form or a pending state. */
  focusHeading?: boolean;
  /** Under the card: "New here? Create an account". */
  footer?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
};

/** The narrow centred card of the sign-in, registration and recovery pages. */
export function AuthCard({ title, documentTitle, intro, icon, focusHeading, footer, wide, children }: AuthCardProps) {
  useDocumentTitle(documentTitle ?? title);
  const headingId = useId();
  return (
    <section className={`auth${wide ? ' auth--wide' : ''}`} aria-labelledby={headingId}>
      <div className="auth__card">
        {icon && <div className="auth__icon">{icon}</div>}
        <h1 id={headingId} ref={focusHeading ? focusOnMount : undefined} tabIndex={focusHeading ? -1 : undefined}>
          {title}
        </h1>
        {intro && <div className="auth__intro">{intro}</div>}
        {children}
      </div>
      {footer && <div className="auth__footer">{footer}</div>}
    </section>
  );
}
