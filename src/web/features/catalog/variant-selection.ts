import type { ProductDetail, Variant } from '../../../contracts/catalog';

export type ProductOption = ProductDetail['options'][number];

/** How a value shows next to the other chosen values: `unavailable` when no such variant exists. */
export type OptionValueState = 'available' | 'sold-out' | 'unavailable';

/**
 * The product's options in the seller's order. Products listed before that order was kept carry
 * none, so theirs are read from the variants, in order of first appearance.
 */
export function productOptions(product: Pick<ProductDetail, 'options' | 'variants'>): ProductOption[] {
  if (product.options.length > 0) return product.options;
  const values = new Map<string, Set<string>>();
  for (const variant of product.variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      values.set(name, (values.get(name) ?? new Set()).add(value));
    }
  }
  return [...values].map(([name, set]) => ({ name, values: [...set] }));
}

function variantWith(variants: Variant[], options: Record<string, string>): Variant | undefined {
  return variants.find((variant) => Object.entries(options).every(([name, value]) => variant.options[name] === value));
}

/**
 * A value is judged only by the variant it makes with the other chosen values. The chosen value of
 * a sold-out variant is marked sold out only when another value of the same option would be in
 * stock: otherwise the shortage lies in another option (a sold-out size must not strike out the
 * only colour).
 */
export function optionValueState(variants: Variant[], selected: Variant, option: ProductOption, value: string): OptionValueState {
  const variant = variantWith(variants, { ...selected.options, [option.name]: value });
  if (!variant) return 'unavailable';
  if (variant.stock > 0) return 'available';
  if (value !== selected.options[option.name]) return 'sold-out';
  const inStockElsewhere = option.values.some(
    (other) => other !== value && (variantWith(variants, { ...selected.options, [option.name]: other })?.stock ?? 0) > 0,
  );
  return inStockElsewhere ? 'sold-out' : 'available';
}

/**
 * The variant a click on `value` leads to: that exact combination when it exists (sold out or
 * not), else the nearest one with the value — keeping the most other choices, in stock first.
 */
export function variantForChoice(variants: Variant[], selected: Variant, optionName: string, value: string): Variant {
  const wanted = { ...selected.options, [optionName]: value };
  const exact = variantWith(variants, wanted);
  if (exact) return exact;
  const kept = (variant: Variant) => Object.entries(wanted).filter(([name, chosen]) => variant.options[name] === chosen).length;
  const candidates = variants.filter((variant) => variant.options[optionName] === value);
  // Array.prototype.sort is stable: among equals, the seller's variant order decides.
  const [nearest] = candidates.sort((a, b) => kept(b) - kept(a) || Number(b.stock > 0) - Number(a.stock > 0));
  return nearest ?? selected;
}

/** The variant a product page opens on: the one the URL names, else the first that can be bought. */
export function initialVariant(variants: Variant[], variantId: string | undefined): Variant | undefined {
  return variants.find((variant) => variant.id === variantId) ?? variants.find((variant) => variant.stock > 0) ?? variants[0];
}
