import { describe, expect, it } from 'vitest';
import { combinationsOf, syncRows, valuesOf, type OptionDraft, type VariantRow } from './options-grid';

const colour = (...values: string[]): OptionDraft => ({ id: 'colour', name: 'Colour', values });
const size = (...values: string[]): OptionDraft => ({ id: 'size', name: 'Size', values });

const titles = (options: OptionDraft[], rows: VariantRow[]) => rows.map((row) => valuesOf(options, row.options).join(' / '));

describe('options grid', () => {
  it('makes one combination per pair of values, the first option varying slowest', () => {
    const options = [colour('Red', 'Blue'), size('S', 'M')];
    expect(combinationsOf(options).map((c) => valuesOf(options, c).join(' '))).toEqual(['Red S', 'Red M', 'Blue S', 'Blue M']);
  });

  it('makes one row without options, and ignores an option with no values yet', () => {
    expect(combinationsOf([])).toEqual([{}]);
    expect(combinationsOf([colour('Red'), size()])).toEqual([{ colour: 'Red' }]);
  });

  it('keeps the price, stock and threshold of a row when an option is added, and its SKU on the first row it grows into', () => {
    let options = [colour('Red', 'Blue')];
    let rows = syncRows(options, []);
    rows = rows.map((row) => (row.options.colour === 'Red' ? { ...row, sku: 'TEE-RED', price: '12.50', stock: '4', lowStockThreshold: '1' } : row));

    options = [colour('Red', 'Blue'), size('S', 'M')];
    rows = syncRows(options, rows);

    expect(titles(options, rows)).toEqual(['Red / S', 'Red / M', 'Blue / S', 'Blue / M']);
    expect(rows.slice(0, 2).map(({ sku, price, stock, lowStockThreshold }) => ({ sku, price, stock, lowStockThreshold }))).toEqual([
      { sku: 'TEE-RED', price: '12.50', stock: '4', lowStockThreshold: '1' },
      { sku: null, price: '12.50', stock: '4', lowStockThreshold: '1' },
    ]);
    expect(rows[2]).toMatchObject({ sku: null, price: '', stock: '' });
  });

  it('keeps every row when a value is added, starts the new ones blank, and drops the rows of a removed value', () => {
    let options = [colour('Red'), size('S')];
    let rows = syncRows(options, []).map((row) => ({ ...row, price: '9' }));

    options = [colour('Red', 'Blue'), size('S')];
    rows = syncRows(options, rows);
    expect(rows.map((row) => row.price)).toEqual(['9', '']);

    options = [colour('Blue'), size('S')];
    rows = syncRows(options, rows);
    expect(titles(options, rows)).toEqual(['Blue / S']);
    expect(rows[0]?.price).toBe('');
  });

  it('keeps a removed row removed when the options change, and a renamed option keeps its rows', () => {
    let options = [colour('Red', 'Blue')];
    let rows = syncRows(options, []).map((row) => ({ ...row, removed: row.options.colour === 'Blue', price: '5' }));

    options = [{ ...colour('Red', 'Blue'), name: 'Color' }, size('S')];
    rows = syncRows(options, rows);
    expect(rows.map((row) => [titles(options, [row])[0], row.removed, row.price])).toEqual([
      ['Red / S', false, '5'],
      ['Blue / S', true, '5'],
    ]);
  });
});
