import { useState } from 'react';
import type { StoreSettings } from '../../../../contracts/settings';
import { STORE_NAME_MAX } from '../../../../contracts/settings-rules';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useForm } from '../../../lib/use-form';
import { useUpdateSettings } from '../api/update-settings';
import { changesOf, fieldOrder, formFieldOf, problemsOf, toValues, type SettingsValues } from '../settings-values';
import { ShippingMethodsEditor } from './shipping-methods-editor';

const ID = 'settings';

/** The store's settings; saves only what changed, and says so. */
export function SettingsForm({ saved }: { saved: StoreSettings }) {
  const update = useUpdateSettings();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const form = useForm<SettingsValues>({
    idPrefix: ID,
    initialValues: () => toValues(saved),
    validate: problemsOf,
    fieldOrder,
    fieldOf: formFieldOf,
  });
  const { values } = form;

  function announce(tone: 'success' | 'info', text: string) {
    setOutcome({ tone, text });
  }

  function change(patch: Partial<SettingsValues>, clears?: (field: string) => boolean) {
    setOutcome(null);
    form.change(patch, clears);
  }

  async function send(submitted: SettingsValues) {
    const patch = changesOf(submitted, saved);
    if (Object.keys(patch).length === 0) {
      announce('info', 'Nothing has changed, so there was nothing to save.');
      return;
    }
    form.reset(toValues(await update.mutateAsync(patch)));
    announce('success', 'Settings saved. Shoppers see the change within a few seconds.');
  }

  return (
    <form className="form settings-form" noValidate onSubmit={form.handleSubmit(send)}>
      <section className="panel" aria-labelledby="settings-store-heading">
        <h2 id="settings-store-heading">Store</h2>
        <TextField
          {...form.field('storeName')}
          onChange={(event) => change({ storeName: event.target.value })}
          label="Store name"
          className="admin-medium-field"
          maxLength={STORE_NAME_MAX}
        />
        <div className="admin-switch">
          <input
            id={form.inputId('requireSignInToBrowse')}
            type="checkbox"
            aria-describedby={`${form.inputId('requireSignInToBrowse')}-hint`}
            checked={values.requireSignInToBrowse}
            onChange={(event) => change({ requireSignInToBrowse: event.target.checked })}
          />
          <div>
            <label htmlFor={form.inputId('requireSignInToBrowse')} className="field__label">
              Require sign-in to browse
            </label>
            <p id={`${form.inputId('requireSignInToBrowse')}-hint`} className="field__hint">
              When on, only signed-in shoppers can see categories and products.
            </p>
          </div>
        </div>
        <TextField
          {...form.field('defaultLowStockThreshold')}
          onChange={(event) => change({ defaultLowStockThreshold: event.target.value })}
          label="Default low-stock threshold"
          hint="Sellers are warned when a variant’s stock falls to this number, unless the variant sets its own."
          inputMode="numeric"
          className="admin-short-field"
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
          inputId={form.inputId}
          rows={values.shipping}
          errorOf={form.errorOf}
          onChange={(shipping, clears) => change({ shipping }, clears)}
        />
      </section>
      {outcome && (
        // Keyed by its words, so each new outcome takes the focus and is read out.
        <Alert key={outcome.text} ref={focusOnMount} tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Alert>
      )}
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Saving…' : 'Save settings'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            form.reset(toValues(saved));
            setOutcome(null);
          }}
        >
          Discard changes
        </Button>
      </div>
    </form>
  );
}
