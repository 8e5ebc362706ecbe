import { SKU_MAX } from '../../../../contracts/catalog-rules';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import type { Form } from '../../../lib/use-form';
import { valuesOf, type OptionDraft, type VariantRow } from '../options-grid';
import { rowField, skuOf } from '../product-values';

type VariantRowsProps = {
  rows: VariantRow[];
  options: readonly OptionDraft[];
  productName: string;
  currency: string;
  onChange: (rows: VariantRow[]) => void;
  inputId: Form<object>['inputId'];
  errorOf: Form<object>['errorOf'];
  /** What the rows are: "Variants", or "New variants" beside saved ones. */
  legend: string;
};

/** One SKU row per combination of the options: its SKU, price, stock and low-stock threshold; a row can be left out. */
export function VariantRows({ rows, options, productName, currency, onChange, inputId, errorOf, legend }: VariantRowsProps) {
  const titleOf = (row: VariantRow) => valuesOf(options, row.options).join(' / ') || 'The product';

  function update(index: number, patch: Partial<VariantRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  function setRemoved(index: number, removed: boolean) {
    update(index, { removed });
    // The button pressed is replaced by its opposite: the keyboard stays on the row.
    requestAnimationFrame(() => document.getElementById(inputId(`rows.${index}.${removed ? 'restore' : 'remove'}`))?.focus());
  }

  const listError = errorOf('variants');
  const sold = rows.filter((row) => !row.removed).length;
  return (
    <fieldset className="variant-rows" aria-describedby={listError ? `${inputId('variants')}-error` : undefined}>
      <legend id={inputId('variants')} tabIndex={-1} className="seller-legend">
        {legend} <span className="muted">({sold})</span>
      </legend>
      {listError && (
        <p id={`${inputId('variants')}-error`} className="field__error">
          <span>
            <span className="visually-hidden">Error: </span>
            {listError}
          </span>
        </p>
      )}
      <ol className="variant-rows__list">
        {rows.map((row, index) => {
          const title = titleOf(row);
          return (
            <li key={row.key} className={`variant-row${row.removed ? ' variant-row--removed' : ''}`}>
              {row.removed ? (
                <div className="variant-row__removed">
                  <span>
                    <strong className="break-anywhere">{title}</strong> <span className="muted">· not sold</span>
                  </span>
                  <Button id={inputId(`rows.${index}.restore`)} variant="secondary" onClick={() => setRemoved(index, false)}>
                    Add back<span className="visually-hidden"> {title}</span>
                  </Button>
                </div>
              ) : (
                <fieldset>
                  <legend className="variant-row__title break-anywhere">{title}</legend>
                  <div className="variant-row__fields">
                    <TextField
                      id={inputId(rowField(index, 'sku'))}
                      label="SKU"
                      autoComplete="off"
                      autoCapitalize="characters"
                      spellCheck={false}
                      maxLength={SKU_MAX}
                      value={skuOf(row, productName, options)}
                      error={errorOf(rowField(index, 'sku'))}
                      onChange={(event) => update(index, { sku: event.target.value })}
                    />
                    <TextField
                      id={inputId(rowField(index, 'price'))}
                      label={`Price (${currency})`}
                      inputMode="decimal"
                      autoComplete="off"
                      value={row.price}
                      error={errorOf(rowField(index, 'price'))}
                      onChange={(event) => update(index, { price: event.target.value })}
                    />
                    <TextField
                      id={inputId(rowField(index, 'stock'))}
                      label="Stock"
                      inputMode="numeric"
                      autoComplete="off"
                      value={row.stock}
                      error={errorOf(rowField(index, 'stock'))}
                      onChange={(event) => update(index, { stock: event.target.value })}
                    />
                    <TextField
                      id={inputId(rowField(index, 'lowStockThreshold'))}
                      label="Low at"
                      inputMode="numeric"
                      autoComplete="off"
                      placeholder="Default"
                      value={row.lowStockThreshold}
                      error={errorOf(rowField(index, 'lowStockThreshold'))}
                      onChange={(event) => update(index, { lowStockThreshold: event.target.value })}
                    />
                  </div>
                  <Button id={inputId(`rows.${index}.remove`)} variant="secondary" className="variant-row__remove" onClick={() => setRemoved(index, true)}>
                    Remove<span className="visually-hidden"> {title}</span>
                  </Button>
                </fieldset>
              )}
            </li>
          );
        })}
      </ol>
      <p className="field__hint">“Low at”: you are emailed when the stock falls to this number. Leave it empty for the store’s default.</p>
    </fieldset>
  );
}
