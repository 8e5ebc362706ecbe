import { useId } from 'react';
import type { Variant } from '../../../../contracts/catalog';

type VariantPickerProps = {
  variants: Variant[];
  selected: Variant;
  onSelect: (variant: Variant) => void;
};

/** Option names across all variants, in the order they first appear ("color", "size"). */
function optionNames(variants: Variant[]): string[] {
  return [...new Set(variants.flatMap((variant) => Object.keys(variant.options)))];
}

function optionValues(variants: Variant[], name: string): string[] {
  return [...new Set(variants.flatMap((variant) => variant.options[name] ?? []))];
}

function matches(variant: Variant, options: Record<string, string>): boolean {
  return Object.entries(options).every(([name, value]) => variant.options[name] === value);
}

/** The variant for a changed option: the exact combination if it exists, else the closest
 * one with that value (in stock first), so a click never leads to "no such variant". */
function variantFor(variants: Variant[], current: Variant, name: string, value: string): Variant {
  const wanted = { ...current.options, [name]: value };
  return (
    variants.find((variant) => matches(variant, wanted)) ??
    variants.find((variant) => variant.options[name] === value && variant.stock > 0) ??
    variants.find((variant) => variant.options[name] === value) ??
    current
  );
}

function label(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function VariantPicker({ variants, selected, onSelect }: VariantPickerProps) {
  const idPrefix = useId();
  const names = optionNames(variants);
  if (names.length === 0 || variants.length < 2) return null;

  return (
    <div className="variant-picker">
      {names.map((name) => (
        <fieldset key={name} className="option-group">
          <legend>
            {label(name)}: <strong>{selected.options[name] ?? '—'}</strong>
          </legend>
          <div className="option-group__values">
            {optionValues(variants, name).map((value) => {
              const candidate = variantFor(variants, selected, name, value);
              // Sold out means choosing this value would land on a variant without stock.
              const soldOut = candidate.stock === 0;
              return (
                <label key={value} className={soldOut ? 'option-chip option-chip--sold-out' : 'option-chip'}>
                  <input
                    type="radio"
                    name={`${idPrefix}-${name}`}
                    value={value}
                    checked={selected.options[name] === value}
                    onChange={() => onSelect(candidate)}
                  />
                  <span>
                    {value}
                    {soldOut && <span className="visually-hidden"> (sold out)</span>}
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
