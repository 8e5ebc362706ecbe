// The options grid: the seller names options (Colour, Size) and their values in order, and every
// combination of values is one SKU row. Pure functions, so the rules are tested without a browser.

/** An option as the seller edits it. `id` stays when the name is retyped, so rows keep their values. */
export type OptionDraft = { id: string; name: string; values: string[] };

/** One value per option, by option id. */
export type Combination = Record<string, string>;

/** What the seller types for one SKU; numbers stay text until the form is sent. */
export type RowFields = { price: string; stock: string; lowStockThreshold: string };

export type VariantRow = RowFields & {
  /** Names the combination: the same values give the same key. */
  key: string;
  options: Combination;
  /** Typed by the seller, or null for the automatic one made from the product name and values. */
  sku: string | null;
  /** Taken out by the seller: kept (and shown as such) so a change of options does not bring it back. */
  removed: boolean;
};

export const blankFields: RowFields = { price: '', stock: '', lowStockThreshold: '' };

/** The options that make rows: those with at least one value. */
const withValues = (options: readonly OptionDraft[]) => options.filter((option) => option.values.length > 0);

/** Every combination of values, the first option varying slowest (Red S, Red M, Blue S, Blue M); one empty one without options. */
export function combinationsOf(options: readonly OptionDraft[]): Combination[] {
  return withValues(options).reduce<Combination[]>(
    (combinations, option) => combinations.flatMap((combination) => option.values.map((value) => ({ ...combination, [option.id]: value }))),
    [{}],
  );
}

export function combinationKey(combination: Combination): string {
  return JSON.stringify(Object.entries(combination).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Agree on every option both name: a row before an option was added is the parent of the rows after. */
const compatible = (a: Combination, b: Combination) => Object.keys(a).every((id) => !(id in b) || a[id] === b[id]);

/**
 * The rows for the options now, given the rows before. A combination seen before keeps its row.
 * A new one takes the price, stock, threshold and removal of the row it grew from (an option
 * added, or removed): the first row grown from it keeps its SKU too, the others get automatic ones.
 * A combination never seen starts blank.
 */
export function syncRows(options: readonly OptionDraft[], previous: readonly VariantRow[]): VariantRow[] {
  const byKey = new Map(previous.map((row) => [row.key, row]));
  const skuTaken = new Set<string>();
  return combinationsOf(options).map((combination) => {
    const key = combinationKey(combination);
    const same = byKey.get(key);
    if (same) return { ...same, options: combination };
    const parent = previous.find((row) => compatible(row.options, combination));
    if (!parent) return { key, options: combination, sku: null, removed: false, ...blankFields };
    const sku = skuTaken.has(parent.key) ? null : parent.sku;
    skuTaken.add(parent.key);
    const { price, stock, lowStockThreshold, removed } = parent;
    return { key, options: combination, sku, removed, price, stock, lowStockThreshold };
  });
}

/** The row's values in option order, for its title ("Red / S") and its automatic SKU. */
export function valuesOf(options: readonly OptionDraft[], combination: Combination): string[] {
  return options.flatMap((option) => (option.id in combination ? [combination[option.id] as string] : []));
}

/** `{Colour: "Red", Size: "S"}`: a combination as the API names it. */
export function namedOptions(options: readonly OptionDraft[], combination: Combination): Record<string, string> {
  return Object.fromEntries(options.flatMap((option) => (option.id in combination ? [[option.name.trim(), combination[option.id] as string]] : [])));
}
