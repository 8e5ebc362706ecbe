import type { SettingsPatch, ShippingMethod, StoreSettings } from '../../../contracts/settings';
import {
  LOW_STOCK_THRESHOLD_MAX,
  SHIPPING_CODE_PATTERN,
  SHIPPING_DAYS_MAX,
  SHIPPING_FREE_OVER_MAX_CENTS,
  SHIPPING_NAME_MAX,
  SHIPPING_PRICE_MAX_CENTS,
  STORE_NAME_MAX,
} from '../../../contracts/settings-rules';
import type { FormErrors } from '../../lib/use-form';

// The settings form edits text (money in dollars, numbers as typed); these turn the API's
// settings into form values and back, and say what is wrong with them in the API's field names.

export type ShippingRow = {
  /** Identifies the row while it is edited; not sent. */
  key: number;
  code: string;
  name: string;
  price: string;
  freeOver: string;
  minDays: string;
  maxDays: string;
};

export type SettingsValues = {
  storeName: string;
  requireSignInToBrowse: boolean;
  defaultLowStockThreshold: string;
  shipping: ShippingRow[];
};

const DOLLARS = /^\d+(\.\d{1,2})?$/;
const WHOLE = /^\d+$/;

let nextKey = 0;
export const blankShippingRow = (): ShippingRow => ({
  key: ++nextKey,
  code: '',
  name: '',
  price: '',
  freeOver: '',
  minDays: '',
  maxDays: '',
});

const dollars = (cents: number): string => (cents / 100).toFixed(2);
const cents = (text: string): number => Math.round(Number(text) * 100);

export function toValues(settings: StoreSettings): SettingsValues {
  return {
    storeName: settings.storeName,
    requireSignInToBrowse: settings.requireSignInToBrowse,
    defaultLowStockThreshold: String(settings.defaultLowStockThreshold),
    shipping: settings.shipping.map((method) => ({
      key: ++nextKey,
      code: method.code,
      name: method.name,
      price: dollars(method.priceCents),
      freeOver: method.freeOverCents === undefined ? '' : dollars(method.freeOverCents),
      minDays: String(method.estimatedDays.min),
      maxDays: String(method.estimatedDays.max),
    })),
  };
}

function toShippingMethod(row: ShippingRow): ShippingMethod {
  return {
    code: row.code.trim(),
    name: row.name.trim(),
    priceCents: cents(row.price.trim()),
    ...(row.freeOver.trim() ? { freeOverCents: cents(row.freeOver.trim()) } : {}),
    estimatedDays: { min: Number(row.minDays), max: Number(row.maxDays) },
  };
}

/** Only what differs from the saved settings, so the audit log records what really changed. */
export function changesOf(values: SettingsValues, saved: StoreSettings): SettingsPatch {
  const shipping = values.shipping.map(toShippingMethod);
  const threshold = Number(values.defaultLowStockThreshold);
  return {
    ...(values.storeName.trim() !== saved.storeName ? { storeName: values.storeName.trim() } : {}),
    ...(values.requireSignInToBrowse !== saved.requireSignInToBrowse
      ? { requireSignInToBrowse: values.requireSignInToBrowse }
      : {}),
    ...(threshold !== saved.defaultLowStockThreshold ? { defaultLowStockThreshold: threshold } : {}),
    ...(JSON.stringify(shipping) !== JSON.stringify(saved.shipping) ? { shipping } : {}),
  };
}

/** The form's name of one field of one shipping row: `shipping.2.price`. */
export const rowField = (index: number, field: keyof Omit<ShippingRow, 'key'>) => `shipping.${index}.${field}`;

function moneyProblem(text: string, maxCents: number, required: boolean): string | undefined {
  if (!text) return required ? 'Enter a price, e.g. 4.99' : undefined;
  if (!DOLLARS.test(text)) return 'Use dollars and cents, e.g. 4.99';
  return cents(text) > maxCents ? `At most ${(maxCents / 100).toLocaleString()} dollars` : undefined;
}

function daysProblem(text: string): string | undefined {
  return WHOLE.test(text) && Number(text) <= SHIPPING_DAYS_MAX ? undefined : `A whole number of days, 0 to ${SHIPPING_DAYS_MAX}`;
}

/** Every problem, keyed by field (`storeName`, `shipping.2.price`, …), in the order of the form. */
export function problemsOf(values: SettingsValues): FormErrors {
  const storeName = values.storeName.trim();
  const threshold = values.defaultLowStockThreshold.trim();
  const codes = values.shipping.map((row) => row.code.trim());
  const problems: FormErrors = {
    storeName: !storeName ? 'Enter the store name' : storeName.length > STORE_NAME_MAX ? `At most ${STORE_NAME_MAX} characters` : undefined,
    defaultLowStockThreshold:
      WHOLE.test(threshold) && Number(threshold) <= LOW_STOCK_THRESHOLD_MAX
        ? undefined
        : `A whole number from 0 to ${LOW_STOCK_THRESHOLD_MAX.toLocaleString()}`,
    shipping: values.shipping.length === 0 ? 'Offer at least one shipping method' : undefined,
  };
  values.shipping.forEach((row, index) => {
    const code = codes[index] ?? '';
    problems[rowField(index, 'code')] = !SHIPPING_CODE_PATTERN.test(code)
      ? '2 to 32 lower-case letters, digits or dashes'
      : codes.indexOf(code) !== index
        ? 'Another method has this code'
        : undefined;
    const name = row.name.trim();
    problems[rowField(index, 'name')] = !name ? 'Enter a name' : name.length > SHIPPING_NAME_MAX ? `At most ${SHIPPING_NAME_MAX} characters` : undefined;
    problems[rowField(index, 'price')] = moneyProblem(row.price.trim(), SHIPPING_PRICE_MAX_CENTS, true);
    problems[rowField(index, 'freeOver')] = moneyProblem(row.freeOver.trim(), SHIPPING_FREE_OVER_MAX_CENTS, false);
    problems[rowField(index, 'minDays')] = daysProblem(row.minDays.trim());
    problems[rowField(index, 'maxDays')] =
      daysProblem(row.maxDays.trim()) ??
      (Number(row.maxDays) < Number(row.minDays) ? 'Not fewer than the minimum' : undefined);
  });
  return problems;
}

/** The form's field for a field the API named (`shipping.0.priceCents` is `shipping.0.price`). */
export function formFieldOf(apiField: string): string {
  return apiField
    .replace(/\.priceCents$/, '.price')
    .replace(/\.freeOverCents$/, '.freeOver')
    .replace(/\.estimatedDays\.min$/, '.minDays')
    .replace(/\.estimatedDays(\.max)?$/, '.maxDays');
}

/** Field names in the order the form shows them, for moving the focus to the first problem. */
export function fieldOrder(values: SettingsValues): string[] {
  const rows = values.shipping.flatMap((_row, index) =>
    (['code', 'name', 'price', 'freeOver', 'minDays', 'maxDays'] as const).map((field) => rowField(index, field)),
  );
  return ['storeName', 'defaultLowStockThreshold', 'shipping', ...rows];
}
