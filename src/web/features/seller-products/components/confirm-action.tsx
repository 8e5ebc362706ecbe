import type { ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { genericMessage } from '../../../lib/api-errors';
import { useConfirmation } from '../../../lib/use-confirmation';

type ConfirmActionProps = {
  /** The button's words, e.g. "Delete". */
  label: string;
  /** What it acts on, read after the label by screen readers: "Delete Linen shirt". */
  subject: string;
  /** The question, e.g. "Delete this variant? Past orders keep their lines." */
  question: ReactNode;
  pending: boolean;
  /** Its refusal stays in the question, where it was asked. */
  error: unknown;
  onConfirm: () => void;
  /** Before the question opens: clears a refusal left from last time. */
  onAsk?: () => void;
};

/** A destructive action asked twice: the button opens the question, whose "Yes" takes the focus. */
export function ConfirmAction({ label, subject, question, pending, error, onConfirm, onAsk }: ConfirmActionProps) {
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation();

  if (!confirming) {
    return (
      <Button
        ref={startRef}
        variant="secondary"
        onClick={() => {
          onAsk?.();
          ask();
        }}
      >
        {label}
        <span className="visually-hidden"> {subject}</span>
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Confirm: ${label.toLowerCase()} ${subject}`}>
      <p>{question}</p>
      {error !== null && error !== undefined && (
        <Alert tone="error" title="Not done">
          <p>{genericMessage(error)}</p>
        </Alert>
      )}
      <div className="actions">
        <Button ref={firstRef} className="button--danger" aria-disabled={pending || undefined} onClick={() => !pending && onConfirm()}>
          {pending ? 'Working…' : `Yes, ${label.toLowerCase()}`}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
