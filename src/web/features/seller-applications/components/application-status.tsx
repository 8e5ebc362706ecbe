import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import type { SellerApplication, SellerApplicationStatus } from '../../../../contracts/account';
import { Alert } from '../../../components/ui/alert';
import { buttonClassName } from '../../../components/ui/button';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { formatDateTime } from '../../../lib/format-date';

export const STATUS_LABELS: Record<SellerApplicationStatus, { label: string; tag: string }> = {
  pending: { label: 'Under review', tag: 'tag--accent' },
  approved: { label: 'Approved', tag: 'tag--success' },
  rejected: { label: 'Not approved', tag: 'tag--danger' },
};

const EXPLANATIONS: Record<SellerApplicationStatus, string> = {
  pending: 'An administrator will review it. We will email you as soon as it is decided.',
  approved: 'Welcome aboard: your seller center is ready.',
  rejected: 'You can correct your details and apply again below.',
};

/** When an application was sent and, once it is, decided: rows of a `<dl>`. */
export function ApplicationDates({ application }: { application: Pick<SellerApplication, 'createdAt' | 'reviewedAt'> }) {
  return (
    <>
      <div>
        <dt>Sent</dt>
        <dd>
          <time dateTime={application.createdAt}>{formatDateTime(application.createdAt)}</time>
        </dd>
      </div>
      {application.reviewedAt && (
        <div>
          <dt>Decided</dt>
          <dd>
            <time dateTime={application.reviewedAt}>{formatDateTime(application.reviewedAt)}</time>
          </dd>
        </div>
      )}
    </>
  );
}

export function StatusTag({ status }: { status: SellerApplicationStatus }) {
  const { label, tag } = STATUS_LABELS[status];
  return <span className={`tag ${tag}`}>{label}</span>;
}

type ApplicationStatusProps = {
  application: SellerApplication;
  /** Just sent: the status replaces the form that had the focus, so it takes it. */
  takeFocus: boolean;
};

/** The applicant's view of their latest application: where it stands, and why. */
export function ApplicationStatus({ application, takeFocus }: ApplicationStatusProps) {
  const headingId = useId();
  const rejected = application.status === 'rejected';
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header panel__header--split">
        <h2 id={headingId} tabIndex={-1} ref={takeFocus ? focusOnMount : undefined}>
          Your application
        </h2>
        <StatusTag status={application.status} />
      </div>
      <p>{EXPLANATIONS[application.status]}</p>
      {application.reason && (
        <Alert tone={rejected ? 'warning' : 'info'} title={rejected ? 'The reason we gave' : 'A note from our team'}>
          <p className="multiline">{application.reason}</p>
        </Alert>
      )}
      <dl className="profile">
        <div>
          <dt>Business name</dt>
          <dd className="break-anywhere">{application.businessName}</dd>
        </div>
        <div>
          <dt>Tax ID</dt>
          <dd className="break-anywhere">{application.taxId}</dd>
        </div>
        {application.description && (
          <div className="profile__wide">
            <dt>What you will sell</dt>
            <dd className="multiline">{application.description}</dd>
          </div>
        )}
        <ApplicationDates application={application} />
      </dl>
      {application.status === 'approved' && (
        <div>
          <Link to="/seller" className={buttonClassName()}>
            Open the seller center
          </Link>
        </div>
      )}
    </section>
  );
}
