import { ADDRESS_TEXT_FIELDS, POSTAL_CODE_STYLES } from '../../../../contracts/address-rules';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useForm } from '../../../lib/use-form';
import { countryOptions } from '../countries';
import { ADDRESS_FIELDS, addressProblems, type AddressField, type AddressValues } from '../validation';

/** Who receives the parcel and the number the courier calls. */
export type Contact = Pick<AddressValues, 'recipientName' | 'phone'>;

type AddressFormProps = {
  initialValues: AddressValues;
  /** The account holder's name and phone, offered with one click when the form holds others. */
  ownContact?: Contact;
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

/**
 * Adding or editing an address. A field is checked as it is typed once it has been left (or the
 * form sent), with the server's own rules; the server's answer then has the last word.
 */
export function AddressForm({ initialValues, ownContact, submitLabel, pendingLabel, onSubmit, onCancel }: AddressFormProps) {
  const form = useForm<AddressValues>({
    initialValues,
    validate: addressProblems,
    validateOnBlur: true,
    fieldOrder: () => ADDRESS_FIELDS,
  });
  const { values } = form;
  const holdsOwnContact = ownContact && values.recipientName === ownContact.recipientName && values.phone === ownContact.phone;

  const textField = (field: TextFieldName, extra: { hint?: string; type?: string } = {}) => (
    <TextField
      {...form.field(field)}
      label={LABELS[field]}
      autoComplete={AUTOCOMPLETE[field]}
      maxLength={ADDRESS_TEXT_FIELDS[field].max}
      {...extra}
    />
  );

  const { error: countryError, ...country } = form.field('country');
  const postalExample = POSTAL_CODE_STYLES[values.country]?.example;

  return (
    <form className="form address-form" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <div className={`field${countryError ? ' field--invalid' : ''}`}>
        <label htmlFor={country.id} className="field__label">
          Country or region
        </label>
        <select
          ref={focusOnMount}
          {...country}
          className="field__input"
          autoComplete="country"
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${country.id}-error` : undefined}
        >
          <option value="">Choose a country</option>
          {countryOptions().map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        {countryError && (
          <p id={`${country.id}-error`} className="field__error">
            <span>
              <span className="visually-hidden">Error: </span>
              {countryError}
            </span>
          </p>
        )}
      </div>
      {ownContact && !holdsOwnContact && (
        <p>
          <button type="button" className="link-button" onClick={() => form.change(ownContact)}>
            Use my name and phone
          </button>{' '}
          <span className="muted break-anywhere">
            ({ownContact.recipientName}, {ownContact.phone})
          </span>
        </p>
      )}
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
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? pendingLabel : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
