import type { NewVariantBody } from '../../../contracts/catalog.js';
import { fieldError } from '../../lib/app-error.js';
import type { ProductOption } from './catalog.tables.js';

/**
 * The options of a product's variants, names and values in the order they first appear, which is
 * the order the seller gave them. Every variant names the same options, and no two the same values.
 */
export function optionsOf(variants: readonly Pick<NewVariantBody, 'sku' | 'options'>[]): ProductOption[] {
  const names = Object.keys(variants[0]?.options ?? {});
  const combinations = new Set<string>();
  const skus = new Set<string>();
  variants.forEach((variant, index) => {
    const own = Object.keys(variant.options);
    if (own.length !== names.length || !names.every((name) => name in variant.options)) {
      throw fieldError(`variants.${index}.options`, `Every variant names the same options: ${names.join(', ') || 'none'}`);
    }
    const combination = JSON.stringify(names.map((name) => variant.options[name]));
    if (combinations.has(combination)) throw fieldError(`variants.${index}.options`, 'Two variants have the same options');
    combinations.add(combination);
    const sku = variant.sku.toUpperCase();
    if (skus.has(sku)) throw fieldError(`variants.${index}.sku`, 'Two variants have the same SKU');
    skus.add(sku);
  });
  return names.map((name) => ({ name, values: [...new Set(variants.map((variant) => variant.options[name] as string))] }));
}

/** The product's options with the values a new variant brings appended, the order kept. */
export const mergeOptions = (current: ProductOption[], next: ProductOption[]): ProductOption[] =>
  next.map(({ name, values }) => {
    const known = current.find((option) => option.name === name)?.values ?? [];
    return { name, values: [...known, ...values.filter((value) => !known.includes(value))] };
  });

