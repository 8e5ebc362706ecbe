import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ADDRESS_TEXT_FIELDS, POSTAL_CODE_STYLES } from '../../../../contracts/address-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { fieldErrorsOf, genericMessage, hasCode } from '../../auth/errors';
import { countryOptions } from '../countries';
import { ADDRESS_FIELDS, addressProblems, type AddressField, type AddressProblems, type AddressValues } from '../validation';

type AddressFormProps = {
  initialValues: AddressValues;
  submitLabel: string;
  pendingLabel: string;
  /** Sends the values; a rejection is shown on the form (field errors next to their fields). */
  onSubmit: (values: AddressValues) => Promise<unknown>;
  onCancel: () => void;
};

type TextFieldName = Exclude<AddressField, 'country'>;

const LABELS: Record<TextFieldName, string> = {
  recipientName: 'Full name',
  phone: 'Phone number',
  line1: 'Street address',
  line2: 'Apartment, suite or floor (optional)',
  city: 'Town or city',
  state: 'State, province or region',
  postalCode: 'Postal code',
  label: 'Label (optional)',
};

const AUTOCOMPLETE: Record<TextFieldName, string> = {
  recipientName: 'name',
  phone: 'tel',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  state: 'address-level1',
  postalCode: 'postal-code',
  label: 'off',
};

const isAddressField = (field: string): field is AddressField => (ADDRESS_FIELDS as readonly string[]).includes(field);

/**
 * Adding or editing an address. A field is checked as it is typed once it has been left (or the
 * form sent), with the server's own rules; the server's answer then has the last word.
 */
export function AddressForm({ initialValues, submitLabel, pendingLabel, onSubmit, onCancel }: AddressFormProps) {
  const idPrefix = useId();
  const [values, setValues] = useState(initialValues);
  const [visited, setVisited] = useState<Partial<Record<AddressField, boolean>>>({});
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<AddressProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const problems = addressProblems(values);
  const errorOf = (field: AddressField) => serverErrors[field] ?? (attempted || visited[field] ? problems[field] : undefined);
  const inputId = (field: AddressField) => `${idPrefix}-${field}`;
  const focusFirst = (errors: AddressProblems) => {
    const first = ADDRESS_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(inputId(first))?.focus();
  };

  function update(field: AddressField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    // The server judged the old value; the live check takes over again.
    if (serverErrors[field]) setServerErrors((current) => ({ ...current, [field]: undefined }));
  }

  function leave(field: AddressField) {
    if (!visited[field]) setVisited((current) => ({ ...current, [field]: true }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    // Shown now, so the focus can land on the first invalid field.
    flushSync(() => setAttempted(true));
    if (Object.keys(problems).length > 0) {
      focusFirst(problems);
      return;
    }
    setPending(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fields = hasCode(error, 'VALIDATION_ERROR') ? fieldErrorsOf(error) : {};
      const known = Object.fromEntries(Object.entries(fields).filter(([field]) => isAddressField(field))) as AddressProblems;
      if (Object.keys(known).length > 0) {
        flushSync(() => setServerErrors(known));
        focusFirst(known);
      } else {
        setFormError(genericMessage(error));
      }
    } finally {
      setPending(false);
    }
  }

  const textField = (field: TextFieldName, extra: { hint?: string; type?: string } = {}) => (
    <TextField
      id={inputId(field)}
      name={field}
      label={LABELS[field]}
      autoComplete={AUTOCOMPLETE[field]}
      maxLength={ADDRESS_TEXT_FIELDS[field].max}
      value={values[field]}
      error={errorOf(field)}
      onChange={(event) => update(field, event.target.value)}
      onBlur={() => leave(field)}
      {...extra}
    />
  );

  const country = values.country;
  const countryError = errorOf('country');
  const postalExample = POSTAL_CODE_STYLES[country]?.example;

  return (
    <form className="form address-form" noValidate onSubmit={submit}>
      <div className={`field${countryError ? ' field--invalid' : ''}`}>
        <label htmlFor={inputId('country')} className="field__label">
          Country or region
        </label>
        <select
          ref={focusOnMount}
          id={inputId('country')}
          name="country"
          className="field__input"
          autoComplete="country"
          value={country}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${inputId('country')}-error` : undefined}
          onChange={(event) => update('country', event.target.value)}
          onBlur={() => leave('country')}
        >
          <option value="">Choose a country</option>
          {countryOptions().map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        {countryError && (
          <p id={`${inputId('country')}-error`} className="field__error">
            <span>
              <span className="visually-hidden">Error: </span>
              {countryError}
            </span>
          </p>
        )}
      </div>
      <div className="address-form__row">
        {textField('recipientName')}
        {textField('phone', { type: 'tel', hint: 'For the courier. A number from another country needs + and its country code.' })}
      </div>
      {textField('line1')}
      {textField('line2')}
      <div className="address-form__row">
        {textField('city')}
        {textField('state')}
      </div>
      <div className="address-form__row">
        {textField('postalCode', postalExample ? { hint: `For example ${postalExample}` } : {})}
        {textField('label', { hint: 'Home, Work, Mum’s…' })}
      </div>
      {formError && (
        <Alert tone="error">
          <p>{formError}</p>
        </Alert>
      )}
      <div className="actions">
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
