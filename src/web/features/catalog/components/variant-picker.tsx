import { useId } from 'react';
import type { Variant } from '../../../../contracts/catalog';
import { optionValueState, variantForChoice, type OptionValueState, type ProductOption } from '../variant-selection';

type VariantPickerProps = {
  options: ProductOption[];
  variants: Variant[];
  selected: Variant;
  onSelect: (variant: Variant) => void;
};

const stateNote: Record<OptionValueState, string | undefined> = {
  available: undefined,
  'sold-out': 'sold out',
  unavailable: 'not available with your other choices',
};

function label(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** One group of choices per option, in the seller's order. Every value can be picked, even one marked. */
export function VariantPicker({ options, variants, selected, onSelect }: VariantPickerProps) {
  const idPrefix = useId();
  if (options.length === 0) return null;

  return (
    <div className="variant-picker">
      {options.map((option) => (
        <fieldset key={option.name} className="option-group">
          <legend>
            {label(option.name)}: <strong>{selected.options[option.name] ?? '—'}</strong>
          </legend>
          <div className="option-group__values">
            {option.values.map((value) => {
              const state = optionValueState(variants, selected, option, value);
              const note = stateNote[state];
              return (
                <label key={value} className={`option-chip option-chip--${state}`}>
                  <input
                    type="radio"
                    name={`${idPrefix}-${option.name}`}
                    value={value}
                    checked={selected.options[option.name] === value}
                    onChange={() => onSelect(variantForChoice(variants, selected, option.name, value))}
                  />
                  <span>
                    {value}
                    {note && <span className="visually-hidden"> ({note})</span>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
