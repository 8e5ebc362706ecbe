import { MAX_SHIPPING_METHODS } from '../../../../contracts/settings-rules';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import type { Form } from '../../../lib/use-form';
import { blankShippingRow, rowField, type SettingsValues, type ShippingRow } from '../settings-values';

type EditableField = keyof Omit<ShippingRow, 'key'>;
type SettingsForm = Form<SettingsValues>;

type ShippingMethodsEditorProps = {
  rows: ShippingRow[];
  inputId: SettingsForm['inputId'];
  errorOf: SettingsForm['errorOf'];
  /** The new rows, and which errors they make stale. */
  onChange: (rows: ShippingRow[], clears: (field: string) => boolean) => void;
};

/** The shipping methods shoppers choose from: one group of fields per method; add and remove rows. */
export function ShippingMethodsEditor({ rows, inputId, errorOf, onChange }: ShippingMethodsEditorProps) {
  const fieldId = (index: number, field: EditableField) => inputId(rowField(index, field));

  function update(index: number, field: EditableField, value: string) {
    onChange(
      rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
      (changed) => changed === rowField(index, field),
    );
  }

  function add() {
    onChange([...rows, blankShippingRow()], (changed) => changed === 'shipping');
    const index = rows.length;
    requestAnimationFrame(() => document.getElementById(fieldId(index, 'code'))?.focus());
  }

  function remove(index: number) {
    // The rows below move up, and their errors would point at the wrong ones.
    onChange(
      rows.filter((_row, i) => i !== index),
      (changed) => changed.startsWith('shipping.'),
    );
    // The row and its button are gone: focus the row that takes its place, or the add button.
    const next = rows.length > 1 ? fieldId(Math.min(index, rows.length - 2), 'code') : inputId('add-shipping');
    requestAnimationFrame(() => document.getElementById(next)?.focus());
  }

  type InputExtras = { inputMode?: 'decimal' | 'numeric'; placeholder?: string };
  const input = (index: number, field: EditableField, label: string, extra: InputExtras = {}) => (
    <TextField
      id={fieldId(index, field)}
      label={label}
      autoComplete="off"
      value={rows[index]?.[field] ?? ''}
      error={errorOf(rowField(index, field))}
      onChange={(event) => update(index, field, event.target.value)}
      {...extra}
    />
  );

  const listError = errorOf('shipping');
  return (
    <fieldset className="shipping-editor" aria-describedby={listError ? `${inputId('shipping')}-error` : undefined}>
      <legend id={inputId('shipping')} tabIndex={-1} className="shipping-editor__legend">
        Shipping methods
      </legend>
      {listError && (
        <p id={`${inputId('shipping')}-error`} className="field__error">
          <span>
            <span className="visually-hidden">Error: </span>
            {listError}
          </span>
        </p>
      )}
      <ol className="shipping-editor__rows">
        {rows.map((row, index) => (
          <li key={row.key} className="shipping-editor__row">
            <fieldset>
              <legend className="shipping-editor__row-title">
                Method {index + 1}
                {row.name.trim() && <span className="muted"> · {row.name.trim()}</span>}
              </legend>
              <div className="shipping-editor__grid">
                {input(index, 'code', 'Code', { placeholder: 'standard' })}
                {input(index, 'name', 'Name', { placeholder: 'Standard delivery' })}
                {input(index, 'price', 'Price ($)', { inputMode: 'decimal', placeholder: '4.99' })}
                {input(index, 'freeOver', 'Free over ($)', { inputMode: 'decimal' })}
                {input(index, 'minDays', 'Days, at least', { inputMode: 'numeric' })}
                {input(index, 'maxDays', 'Days, at most', { inputMode: 'numeric' })}
              </div>
              <Button variant="secondary" className="shipping-editor__remove" onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> method {index + 1}</span>
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length < MAX_SHIPPING_METHODS && (
        <div>
          <Button id={inputId('add-shipping')} variant="secondary" onClick={add}>
            Add shipping method
          </Button>
        </div>
      )}
    </fieldset>
  );
}
