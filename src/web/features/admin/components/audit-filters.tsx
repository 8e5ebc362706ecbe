import type { AuditOutcome } from '../../../../contracts/audit';
import { AUDIT_ACTION_MAX } from '../../../../contracts/search-rules';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { emailProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import { OUTCOME_LABELS } from '../labels';
import type { AuditFilters } from '../search-params';

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
  'auth.token.refreshed',
  'authz.denied',
];

type FilterValues = { actor: string; action: string; outcome: AuditOutcome | ''; from: string; to: string };

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` value ("2026-03-01T12:00"): the reader's local time. */
function localInput(instant: string | undefined): string {
  if (!instant) return '';
  const at = new Date(instant);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A `datetime-local` value is the reader's local time; the URL and the API want an instant. */
const toInstant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

function validate(values: FilterValues) {
  const actor = values.actor.trim();
  const from = values.from ? Date.parse(values.from) : undefined;
  const to = values.to ? Date.parse(values.to) : undefined;
  return {
    actor: actor && !UUID.test(actor) && emailProblem(actor) ? 'Enter an email address or a user id' : undefined,
    from: from !== undefined && Number.isNaN(from) ? 'Enter a date and time' : undefined,
    to:
      to !== undefined && Number.isNaN(to)
        ? 'Enter a date and time'
        : from !== undefined && to !== undefined && to <= from
          ? 'Must be later than “From”'
          : undefined,
  };
}

type AuditFilterFormProps = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

/** The audit log's filters as a form; applying them puts them in the page's URL. */
export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const form = useForm<FilterValues>({
    idPrefix: 'audit-filter',
    initialValues: {
      actor: filters.actor ?? '',
      action: filters.action ?? '',
      outcome: filters.outcome ?? '',
      from: localInput(filters.from),
      to: localInput(filters.to),
    },
    validate,
  });

  function apply(values: FilterValues) {
    onApply({
      actor: values.actor.trim() || undefined,
      action: values.action.trim() || undefined,
      outcome: values.outcome || undefined,
      from: toInstant(values.from),
      to: toInstant(values.to),
    });
  }

  return (
    <form className="admin-filters" role="search" aria-label="Filter the audit log" noValidate onSubmit={form.handleSubmit(apply)}>
      <TextField {...form.field('actor')} label="Actor" hint="Email or user id" autoComplete="off" />
      <TextField
        {...form.field('action')}
        label="Action"
        hint="Starts with, e.g. auth.login"
        autoComplete="off"
        maxLength={AUDIT_ACTION_MAX}
        list={form.inputId('actions')}
      />
      <datalist id={form.inputId('actions')}>
        {COMMON_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="field">
        <label className="field__label" htmlFor={form.inputId('outcome')}>
          Outcome
        </label>
        <p id={`${form.inputId('outcome')}-hint`} className="field__hint">
          How it ended
        </p>
        <select
          id={form.inputId('outcome')}
          aria-describedby={`${form.inputId('outcome')}-hint`}
          value={form.values.outcome}
          onChange={(event) => form.setValue('outcome', event.target.value as FilterValues['outcome'])}
        >
          <option value="">Any outcome</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <TextField {...form.field('from')} label="From" hint="Your local time, included" type="datetime-local" />
      <TextField {...form.field('to')} label="To" hint="Your local time, not included" type="datetime-local" />
      <div className="actions admin-filters__actions">
        <Button type="submit">Apply filters</Button>
        <Button variant="secondary" onClick={() => onApply({})}>
          Clear
        </Button>
      </div>
    </form>
  );
}
