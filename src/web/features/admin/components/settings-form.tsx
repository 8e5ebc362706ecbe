import { useRef, useState, type FormEvent } from 'react';
import type { StoreSettings } from '../../../../contracts/settings';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { fieldErrorsOf, genericMessage, hasCode } from '../../auth/errors';
import { showFieldErrors, type FormErrors } from '../../auth/validation';
import { useUpdateSettings } from '../api/update-settings';
import { changesOf, fieldOrder, formFieldOf, problemsOf, toValues, type SettingsValues } from '../settings-values';
import { ShippingMethodsEditor } from './shipping-methods-editor';

const ID = 'settings';

/** The store's settings; saves only what changed, and says so. */
export function SettingsForm({ saved }: { saved: StoreSettings }) {
  const update = useUpdateSettings();
  const [values, setValues] = useState<SettingsValues>(() => toValues(saved));
  const [errors, setErrors] = useState<FormErrors>({});
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'info' | 'error'; text: string } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  function change(next: Partial<SettingsValues>, field?: string) {
    setValues((current) => ({ ...current, ...next }));
    setOutcome(null);
    if (next.shipping && next.shipping.length < values.shipping.length) {
      // A row was removed: the rows below moved up, and their errors would point at the wrong ones.
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('shipping.'))),
      );
    } else if (field && errors[field]) {
      setErrors((current) => ({ ...current, [field]: undefined }));
    }
  }

  function announce(tone: 'success' | 'info' | 'error', text: string) {
    setOutcome({ tone, text });
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const problems = problemsOf(values);
    if (Object.keys(problems).length > 0) {
      showFieldErrors(setErrors, problems, fieldOrder(values), ID);
      return;
    }
    setErrors({});
    const patch = changesOf(values, saved);
    if (Object.keys(patch).length === 0) {
      announce('info', 'Nothing has changed, so there was nothing to save.');
      return;
    }
    update.mutate(patch, {
      onSuccess: (settings) => {
        setValues(toValues(settings));
        announce('success', 'Settings saved. Shoppers see the change within a few seconds.');
      },
      onError: (error) => {
        const fields = hasCode(error, 'VALIDATION_ERROR') ? fieldErrorsOf(error) : {};
        const mapped = Object.fromEntries(
          Object.entries(fields).map(([field, message]) => [formFieldOf(field), message]),
        );
        if (Object.keys(mapped).length > 0) showFieldErrors(setErrors, mapped, fieldOrder(values), ID);
        else announce('error', genericMessage(error));
      },
    });
  }

  return (
    <form className="form settings-form" noValidate onSubmit={submit}>
      <section className="panel" aria-labelledby="settings-store-heading">
        <h2 id="settings-store-heading">Store</h2>
        <TextField
          id={`${ID}-storeName`}
          label="Store name"
          className="admin-medium-field"
          maxLength={80}
          value={values.storeName}
          error={errors.storeName}
          onChange={(event) => change({ storeName: event.target.value }, 'storeName')}
        />
        <div className="admin-switch">
          <input
            id={`${ID}-requireSignInToBrowse`}
            type="checkbox"
            aria-describedby={`${ID}-requireSignInToBrowse-hint`}
            checked={values.requireSignInToBrowse}
            onChange={(event) => change({ requireSignInToBrowse: event.target.checked })}
          />
          <div>
            <label htmlFor={`${ID}-requireSignInToBrowse`} className="field__label">
              Require sign-in to browse
            </label>
            <p id={`${ID}-requireSignInToBrowse-hint`} className="field__hint">
              When on, only signed-in shoppers can see categories and products.
            </p>
          </div>
        </div>
        <TextField
          id={`${ID}-defaultLowStockThreshold`}
          label="Default low-stock threshold"
          hint="Sellers are warned when a variant’s stock falls to this number, unless the variant sets its own."
          inputMode="numeric"
          className="admin-short-field"
          value={values.defaultLowStockThreshold}
          error={errors.defaultLowStockThreshold}
          onChange={(event) => change({ defaultLowStockThreshold: event.target.value }, 'defaultLowStockThreshold')}
        />
      </section>
      <section className="panel" aria-labelledby="settings-shipping-heading">
        <div className="panel__header">
          <h2 id="settings-shipping-heading">Shipping</h2>
          <p className="muted">
            Prices are in dollars. A method is free once the order reaches its “free over” amount; leave that empty for a
            method that always costs its price.
          </p>
        </div>
        <ShippingMethodsEditor
          idPrefix={ID}
          rows={values.shipping}
          errors={errors}
          onChange={(shipping, field) => change({ shipping }, field)}
        />
      </section>
      {outcome && (
        <Alert ref={outcomeRef} tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Alert>
      )}
      <div className="actions">
        <Button type="submit" aria-disabled={update.isPending || undefined}>
          {update.isPending ? 'Saving…' : 'Save settings'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setValues(toValues(saved));
            setErrors({});
            setOutcome(null);
          }}
        >
          Discard changes
        </Button>
      </div>
    </form>
  );
}
