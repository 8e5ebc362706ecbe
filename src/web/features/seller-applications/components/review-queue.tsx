import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SellerApplicationForReview, SellerApplicationStatus } from '../../../../contracts/account';
import { REASON_MAX } from '../../../../contracts/account-rules';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { TextAreaField } from '../../../components/ui/form-field';
import { Pager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { hasCode } from '../../../lib/api-errors';
import { requiredProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import { useApplicationsForReview, useDecision } from '../api/review';
import { ApplicationDates, StatusTag } from './application-status';

type Verdict = 'approve' | 'reject';
type Outcome = { tone: 'success' | 'info'; text: string };

const TABS: readonly { status: SellerApplicationStatus; label: string; empty: { title: string; text: string } }[] = [
  { status: 'pending', label: 'Pending', empty: { title: 'No applications waiting', text: 'New applications to sell appear here, oldest first.' } },
  { status: 'approved', label: 'Approved', empty: { title: 'No approved applications', text: 'Applications you approve are listed here.' } },
  { status: 'rejected', label: 'Rejected', empty: { title: 'No rejected applications', text: 'Applications you reject are listed here, with the reason.' } },
];

const KEY_STEPS: Partial<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (index, last) => (index === last ? 0 : index + 1),
  ArrowLeft: (index, last) => (index === 0 ? last : index - 1),
  Home: () => 0,
  End: (_index, last) => last,
};

/** Tabs by status, with the arrow keys moving between them as in any tab list. */
function StatusTabs({ current, panelId, onSelect }: { current: SellerApplicationStatus; panelId: string; onSelect: (status: SellerApplicationStatus) => void }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(index, TABS.length - 1);
    onSelect(TABS[next]?.status ?? current);
    tabs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label="Applications by status" className="tabs">
      {TABS.map((tab, index) => (
        <button
          key={tab.status}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`${panelId}-${tab.status}`}
          className="tabs__tab"
          aria-selected={tab.status === current}
          aria-controls={panelId}
          tabIndex={tab.status === current ? 0 : -1}
          onClick={() => onSelect(tab.status)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

type DecisionFormProps = {
  application: SellerApplicationForReview;
  verdict: Verdict;
  onCancel: () => void;
  onDecided: (outcome: Outcome) => void;
};

/** Approve with an optional note, or reject with the reason the applicant is emailed. */
function DecisionForm({ application, verdict, onCancel, onDecided }: DecisionFormProps) {
  const decision = useDecision();
  const approving = verdict === 'approve';
  const { businessName, applicant } = application;
  const form = useForm({
    initialValues: { reason: '' },
    validate: ({ reason }) => ({
      reason: approving ? undefined : requiredProblem(reason, 'Say why, so that the applicant can put it right'),
    }),
  });
  const reasonId = form.inputId('reason');

  // Opened by a click on Approve or Reject: the keyboard goes straight to the text.
  useEffect(() => {
    document.getElementById(reasonId)?.focus();
  }, [reasonId]);

  async function send({ reason }: { reason: string }) {
    try {
      await decision.mutateAsync({ id: application.id, verdict, reason: reason.trim() || undefined });
    } catch (error) {
      if (!hasCode(error, 'CONFLICT', 'NOT_FOUND')) throw error;
      onDecided({ tone: 'info', text: `${businessName} had already been decided, perhaps by another administrator. The list is up to date.` });
      return;
    }
    onDecided({
      tone: 'success',
      text: approving
        ? `${businessName} was approved: ${applicant.fullName} is now a seller and has been emailed.`
        : `${businessName} was rejected: ${applicant.fullName} has been emailed the reason.`,
    });
  }

  return (
    <form className={`decision${approving ? '' : ' decision--reject'}`} noValidate onSubmit={form.handleSubmit(send)} aria-label={`${approving ? 'Approve' : 'Reject'} ${businessName}`}>
      <p>
        {approving ? 'Approve' : 'Reject'} <strong>{businessName}</strong>?{' '}
        {approving
          ? `${applicant.fullName} becomes a seller at once and is emailed.`
          : `${applicant.fullName} is emailed your reason and may apply again.`}
      </p>
      <TextAreaField
        {...form.field('reason')}
        label={approving ? 'Note to the applicant (optional)' : 'Reason'}
        hint={approving ? 'Included in the approval email.' : `Emailed to the applicant and shown with their application; up to ${REASON_MAX} characters.`}
        rows={3}
        maxLength={REASON_MAX}
        required={!approving}
      />
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" className={approving ? undefined : 'button--danger'} aria-disabled={form.pending || undefined}>
          {form.pending ? (approving ? 'Approving…' : 'Rejecting…') : approving ? 'Approve application' : 'Reject application'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function ApplicationCard({ application, onDecided }: { application: SellerApplicationForReview; onDecided: (outcome: Outcome) => void }) {
  const headingId = useId();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const buttons = useRef<Partial<Record<Verdict, HTMLButtonElement | null>>>({});
  const { applicant } = application;

  function cancel() {
    const opener = verdict;
    setVerdict(null);
    requestAnimationFrame(() => opener && buttons.current[opener]?.focus());
  }

  return (
    <article className="review-card" aria-labelledby={headingId}>
      <header className="review-card__header">
        <h2 id={headingId} className="review-card__title break-anywhere">
          {application.businessName}
        </h2>
        <StatusTag status={application.status} />
      </header>
      <dl className="review-card__facts">
        <div>
          <dt>Applicant</dt>
          <dd className="break-anywhere">
            <Link to="/admin/users/$userId" params={{ userId: applicant.id }}>
              {applicant.fullName}
            </Link>
            <br />
            <span className="muted">{applicant.email}</span>
          </dd>
        </div>
        <div>
          <dt>Tax ID</dt>
          <dd className="break-anywhere">{application.taxId || <span className="muted">Erased with the account</span>}</dd>
        </div>
        <ApplicationDates application={application} />
        {application.description && (
          <div className="review-card__wide">
            <dt>What they will sell</dt>
            <dd className="multiline">{application.description}</dd>
          </div>
        )}
        {application.reason && (
          <div className="review-card__wide">
            <dt>{application.status === 'rejected' ? 'Reason' : 'Note'}</dt>
            <dd className="multiline">{application.reason}</dd>
          </div>
        )}
      </dl>
      {application.status === 'pending' &&
        (verdict ? (
          <DecisionForm application={application} verdict={verdict} onCancel={cancel} onDecided={onDecided} />
        ) : (
          <div className="actions">
            <Button
              ref={(element) => {
                buttons.current.approve = element;
              }}
              onClick={() => setVerdict('approve')}
            >
              Approve…<span className="visually-hidden"> {application.businessName}</span>
            </Button>
            <Button
              ref={(element) => {
                buttons.current.reject = element;
              }}
              variant="secondary"
              onClick={() => setVerdict('reject')}
            >
              Reject…<span className="visually-hidden"> {application.businessName}</span>
            </Button>
          </div>
        ))}
    </article>
  );
}

/** The admins' review of applications to sell: pending ones oldest first, then the decided ones. */
export function ReviewQueue() {
  const panelId = useId();
  const [status, setStatus] = useState<SellerApplicationStatus>('pending');
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const list = useApplicationsForReview(status, page);
  const empty = TABS.find((t) => t.status === status)?.empty;

  // Deciding the last application of the last page leaves that page empty: step back.
  if (list.data && list.data.data.length === 0 && page > 1 && !list.isPlaceholderData) setPage(page - 1);

  function select(next: SellerApplicationStatus) {
    setStatus(next);
    setPage(1);
    setOutcome(null);
  }

  function decided(next: Outcome) {
    setOutcome(next);
    // The decided card leaves the pending list with the focus inside it: the outcome takes it.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  let content;
  if (list.isPending) content = <LoadingState label="Loading applications…" />;
  else if (list.error) {
    content = <ErrorState title="Could not load the applications" error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.data.length === 0) {
    content = <EmptyState title={empty?.title ?? 'Nothing here'}>{empty?.text}</EmptyState>;
  } else {
    content = (
      <>
        <p className="muted" aria-live="polite">
          {list.data.meta.total} {list.data.meta.total === 1 ? 'application' : 'applications'}
          {status === 'pending' ? ', oldest first' : ', latest decision first'}
        </p>
        <ol className="review-list" aria-busy={list.isFetching || undefined}>
          {list.data.data.map((application) => (
            <li key={application.id}>
              <ApplicationCard application={application} onDecided={decided} />
            </li>
          ))}
        </ol>
        <Pager meta={list.data.meta} label="Pages of applications" onPage={setPage} />
      </>
    );
  }

  return (
    <>
      {outcome && (
        <Alert ref={outcomeRef} tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Alert>
      )}
      <StatusTabs current={status} panelId={panelId} onSelect={select} />
      <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-${status}`} className="review-panel">
        {content}
      </div>
    </>
  );
}
