import { describe, expect, it } from 'vitest';
import type { Variant } from '../../../contracts/catalog';
import { initialVariant, optionValueState, productOptions, variantForChoice, type ProductOption } from './variant-selection';

let nextId = 0;
function variant(options: Record<string, string>, stock: number): Variant {
  nextId += 1;
  return { id: `v${nextId}`, sku: `SKU-${nextId}`, options, priceCents: 1000, stock };
}

const color = (...values: string[]): ProductOption => ({ name: 'color', values });
const size = (...values: string[]): ProductOption => ({ name: 'size', values });

describe('productOptions', () => {
  it('keeps the order the seller gave', () => {
    const options = [size('S', 'M', 'L', 'XL'), color('Sage')];
    expect(productOptions({ options, variants: [] })).toBe(options);
  });

  it('reads options from the variants, in order of first appearance, when the product has none', () => {
    const variants = [variant({ size: 'S', color: 'Red' }, 1), variant({ size: 'M', color: 'Red' }, 1), variant({ size: 'S', color: 'Blue' }, 1)];
    expect(productOptions({ options: [], variants })).toEqual([size('S', 'M'), color('Red', 'Blue')]);
  });
});

describe('optionValueState', () => {
  it('does not strike out the only colour when the chosen size is sold out', () => {
    const small = variant({ color: 'Black', size: 'S' }, 3);
    const medium = variant({ color: 'Black', size: 'M' }, 0);
    const variants = [small, medium];
    expect(optionValueState(variants, medium, color('Black'), 'Black')).toBe('available');
    expect(optionValueState(variants, medium, size('S', 'M'), 'M')).toBe('sold-out');
    expect(optionValueState(variants, medium, size('S', 'M'), 'S')).toBe('available');
  });

  it('marks the chosen colour sold out when another colour has the chosen size', () => {
    const redM = variant({ color: 'Red', size: 'M' }, 0);
    const variants = [redM, variant({ color: 'Blue', size: 'M' }, 2), variant({ color: 'Red', size: 'S' }, 2)];
    expect(optionValueState(variants, redM, color('Red', 'Blue'), 'Red')).toBe('sold-out');
    expect(optionValueState(variants, redM, color('Red', 'Blue'), 'Blue')).toBe('available');
  });

  it('marks a value sold out or unavailable by what it makes with the other chosen values only', () => {
    const redS = variant({ color: 'Red', size: 'S' }, 2);
    const variants = [redS, variant({ color: 'Red', size: 'M' }, 0), variant({ color: 'Blue', size: 'L' }, 5)];
    const sizes = size('S', 'M', 'L');
    expect(optionValueState(variants, redS, sizes, 'M')).toBe('sold-out');
    expect(optionValueState(variants, redS, sizes, 'L')).toBe('unavailable');
    expect(optionValueState(variants, redS, color('Red', 'Blue'), 'Blue')).toBe('unavailable');
  });
});

describe('variantForChoice', () => {
  const redS = variant({ color: 'Red', size: 'S' }, 2);
  const redM = variant({ color: 'Red', size: 'M' }, 0);
  const blueL = variant({ color: 'Blue', size: 'L' }, 0);
  const blueM = variant({ color: 'Blue', size: 'M' }, 4);
  const variants = [redS, redM, blueL, blueM];

  it('takes the exact combination, even when it is sold out', () => {
    expect(variantForChoice(variants, redS, 'size', 'M')).toBe(redM);
  });

  it('switches to the nearest existing combination when the exact one does not exist', () => {
    // Blue in S does not exist: no Blue keeps the size, so the one in stock wins.
    expect(variantForChoice(variants, redS, 'color', 'Blue')).toBe(blueM);
    // Red in L does not exist: the only L is taken, sold out or not.
    expect(variantForChoice(variants, redS, 'size', 'L')).toBe(blueL);
    expect(variantForChoice(variants, blueM, 'size', 'S')).toBe(redS);
  });

  it('keeps the most other choices before preferring stock', () => {
    const redSlimS = variant({ color: 'Red', size: 'S', fit: 'Slim' }, 5);
    const blueRegularS = variant({ color: 'Blue', size: 'S', fit: 'Regular' }, 0);
    const shirts = [redSlimS, blueRegularS, variant({ color: 'Blue', size: 'M', fit: 'Regular' }, 5)];
    expect(variantForChoice(shirts, redSlimS, 'color', 'Blue')).toBe(blueRegularS);
  });
});

describe('initialVariant', () => {
  const soldOut = variant({ size: 'S' }, 0);
  const inStock = variant({ size: 'M' }, 1);

  it('opens on the variant the URL names', () => {
    expect(initialVariant([soldOut, inStock], soldOut.id)).toBe(soldOut);
  });

  it('else on the first that can be bought', () => {
    expect(initialVariant([soldOut, inStock], undefined)).toBe(inStock);
    expect(initialVariant([soldOut, inStock], 'unknown')).toBe(inStock);
    expect(initialVariant([soldOut], undefined)).toBe(soldOut);
  });
});
