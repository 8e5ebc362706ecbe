import { useState, type FormEvent } from 'react';
import type { AuditLogSearch, AuditOutcome } from '../../../../contracts/audit';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { compact, emailError, showFieldErrors, type FormErrors } from '../../auth/validation';
import { OUTCOME_LABELS } from '../labels';

const ID = 'audit-filter';
const FIELD_ORDER = ['actor', 'action', 'outcome', 'from', 'to'] as const;
const OUTCOMES = Object.keys(OUTCOME_LABELS) as AuditOutcome[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Offered as the action field is typed; any other prefix works too. */
const COMMON_ACTIONS = [
  'admin.',
  'admin.user.',
  'admin.user.suspended',
  'admin.user.activated',
  'admin.user.admin_created',
  'admin.settings.updated',
  'auth.',
  'auth.login.',
  'auth.login.failed',
  'auth.login.succeeded',
  'auth.lockout',
  'auth.password.',
  'authz.denied',
];

type FilterValues = { actor: string; action: string; outcome: AuditOutcome | ''; from: string; to: string };
const EMPTY: FilterValues = { actor: '', action: '', outcome: '', from: '', to: '' };

/** A `datetime-local` value ("2026-03-01T12:00") is the reader's local time; the API wants an instant. */
const toInstant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

function problemsOf(values: FilterValues): FormErrors {
  const actor = values.actor.trim();
  const from = values.from ? Date.parse(values.from) : undefined;
  const to = values.to ? Date.parse(values.to) : undefined;
  return compact({
    actor: actor && !UUID.test(actor) && emailError(actor) ? 'Enter an email address or a user id' : undefined,
    from: from !== undefined && Number.isNaN(from) ? 'Enter a date and time' : undefined,
    to:
      to !== undefined && Number.isNaN(to)
        ? 'Enter a date and time'
        : from !== undefined && to !== undefined && to <= from
          ? 'Must be later than “From”'
          : undefined,
  });
}

type AuditFiltersProps = { onApply: (filters: AuditLogSearch) => void };

export function AuditFilters({ onApply }: AuditFiltersProps) {
  const [values, setValues] = useState<FilterValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});

  function update<K extends keyof FilterValues>(field: K, value: FilterValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = problemsOf(values);
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, FIELD_ORDER, ID);
      return;
    }
    setErrors({});
    onApply({
      actor: values.actor.trim() || undefined,
      action: values.action.trim() || undefined,
      outcome: values.outcome || undefined,
      from: toInstant(values.from),
      to: toInstant(values.to),
    });
  }

  function reset() {
    setValues(EMPTY);
    setErrors({});
    onApply({});
  }

  return (
    <form className="admin-filters" role="search" aria-label="Filter the audit log" noValidate onSubmit={apply}>
      <TextField
        id={`${ID}-actor`}
        label="Actor"
        hint="Email or user id"
        autoComplete="off"
        value={values.actor}
        error={errors.actor}
        onChange={(event) => update('actor', event.target.value)}
      />
      <TextField
        id={`${ID}-action`}
        label="Action"
        hint="Starts with, e.g. auth.login"
        autoComplete="off"
        list={`${ID}-actions`}
        value={values.action}
        error={errors.action}
        onChange={(event) => update('action', event.target.value)}
      />
      <datalist id={`${ID}-actions`}>
        {COMMON_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="field">
        <label className="field__label" htmlFor={`${ID}-outcome`}>
          Outcome
        </label>
        <p id={`${ID}-outcome-hint`} className="field__hint">
          How it ended
        </p>
        <select
          id={`${ID}-outcome`}
          aria-describedby={`${ID}-outcome-hint`}
          value={values.outcome}
          onChange={(event) => update('outcome', event.target.value as FilterValues['outcome'])}
        >
          <option value="">Any outcome</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${ID}-from`}
        label="From"
        hint="Your local time, included"
        type="datetime-local"
        value={values.from}
        error={errors.from}
        onChange={(event) => update('from', event.target.value)}
      />
      <TextField
        id={`${ID}-to`}
        label="To"
        hint="Your local time, not included"
        type="datetime-local"
        value={values.to}
        error={errors.to}
        onChange={(event) => update('to', event.target.value)}
      />
      <div className="actions admin-filters__actions">
        <Button type="submit">Apply filters</Button>
        <Button variant="secondary" onClick={reset}>
          Clear
        </Button>
      </div>
    </form>
  );
}
