import type { z } from 'zod';
import { createProductBody, updateProductBody, type CreateProductBody, type NewVariantBody, type SellerProductDetail, type UpdateProductBody } from '../../../contracts/catalog';
import { SKU_MAX, slugify } from '../../../contracts/catalog-rules';
import { currencyDigits, formatPrice } from '../../components/ui/price';
import type { FormErrors } from '../../lib/use-form';
import type { ProductStatus } from './labels';
import { namedOptions, valuesOf, type OptionDraft, type VariantRow } from './options-grid';

// The product forms edit text (prices in the store currency, numbers as typed); these turn it into
// the API's bodies and say what is wrong in the form's field names. The shared Zod schemas judge
// the bodies, so the form refuses what the server would.

export type DetailsValues = { name: string; description: string; categoryId: string; status: ProductStatus };
export type NewProductValues = DetailsValues & { options: OptionDraft[]; rows: VariantRow[] };

export const blankDetails: DetailsValues = { name: '', description: '', categoryId: '', status: 'active' };

export function detailsOf(product: SellerProductDetail): DetailsValues {
  return { name: product.name, description: product.description, categoryId: product.category.id, status: product.status };
}

// --- Numbers typed as text

/** Minor units of a price typed in the store currency ("12.5" → 1250), or undefined when it is not one. */
export function centsOf(text: string, currency: string): number | undefined {
  const digits = currencyDigits(currency);
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  const typed = text.trim();
  return pattern.test(typed) ? Math.round(Number(typed) * 10 ** digits) : undefined;
}

/** A price as the seller types it: 1250 → "12.50". */
export function moneyText(cents: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (cents / 10 ** digits).toFixed(digits);
}

export function wholeOf(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export const priceProblem = (text: string, currency: string) =>
  centsOf(text, currency) === undefined ? `Enter a price like ${moneyText(1299, currency)}` : undefined;
export const stockProblem = (text: string) => (wholeOf(text) === undefined ? 'Enter a whole number, 0 or more' : undefined);
/** Empty is allowed: the store's default threshold. */
export const thresholdProblem = (text: string) => (text.trim() && wholeOf(text) === undefined ? 'A whole number, or empty for the store default' : undefined);

// --- The schemas' verdicts in words

const REQUIRED: Partial<Record<string, string>> = { name: 'Enter the product’s name', sku: 'Enter a SKU', reason: 'Say why the stock changed', alt: 'Describe the photo' };

function messageOf(issue: z.core.$ZodIssue, currency: string): string {
  const field = String(issue.path.at(-1) ?? '');
  if (field === 'categoryId') return 'Choose a category';
  if (issue.code === 'too_small' && issue.origin === 'string') return REQUIRED[field] ?? 'Fill this in';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'Sell at least one variant: add back a row';
  if (issue.code === 'too_big') {
    const maximum = Number(issue.maximum);
    if (field === 'priceCents') return `At most ${formatPrice(maximum, currency)}`;
    if (issue.origin === 'string') return `At most ${maximum.toLocaleString()} characters`;
    if (issue.origin === 'array') return `At most ${maximum.toLocaleString()} variants`;
    return `At most ${maximum.toLocaleString()}`;
  }
  return issue.message;
}

/** What the schema finds wrong with a body, by its API path (`variants.0.sku`). */
export function schemaProblems(schema: z.ZodType, body: unknown, currency: string): FormErrors {
  const result = schema.safeParse(body);
  const problems: FormErrors = {};
  if (!result.success) for (const issue of result.error.issues) problems[issue.path.join('.')] ??= messageOf(issue, currency);
  return problems;
}

/** Adds problems under other names, keeping the ones already found (the text checks come first). */
function merge(into: FormErrors, problems: FormErrors, rename: (field: string) => string = (field) => field) {
  for (const [field, message] of Object.entries(problems)) if (message) into[rename(field)] ??= message;
}

// --- Details

export function detailsProblems(values: DetailsValues, currency: string): FormErrors {
  return schemaProblems(updateProductBody, { ...values, categoryId: values.categoryId || undefined }, currency);
}

/** Only what changed, so the audit log records what really changed. */
export function detailsPatchOf(product: SellerProductDetail, values: DetailsValues): UpdateProductBody {
  const before = detailsOf(product);
  const patch: UpdateProductBody = {};
  if (values.name.trim() !== before.name) patch.name = values.name.trim();
  if (values.description.trim() !== before.description) patch.description = values.description.trim();
  if (values.categoryId !== before.categoryId) patch.categoryId = values.categoryId;
  if (values.status !== before.status) patch.status = values.status;
  return patch;
}

// --- Options and rows

/** The form's name of a row's field: `rows.2.price`. */
export const rowField = (index: number, field: 'sku' | 'price' | 'stock' | 'lowStockThreshold') => `rows.${index}.${field}`;
export const optionField = (option: OptionDraft, part: 'name' | 'values') => `options.${option.id}.${part}`;

/** The SKU a row gets unless the seller types one: the product name's first words and the row's values, "LINEN-SHIRT-RED-S". */
export function automaticSku(productName: string, values: readonly string[]): string {
  const name = slugify(productName).slice(0, 24).replace(/-+$/, '');
  return [name, ...values.map(slugify)].filter(Boolean).join('-').toUpperCase().slice(0, SKU_MAX);
}

export const skuOf = (row: VariantRow, productName: string, options: readonly OptionDraft[]) => row.sku ?? automaticSku(productName, valuesOf(options, row.options));

export function optionProblems(options: readonly OptionDraft[]): FormErrors {
  const names = options.map((option) => option.name.trim().toLowerCase());
  const problems: FormErrors = {};
  options.forEach((option, index) => {
    const name = names[index] ?? '';
    problems[optionField(option, 'name')] = !name ? 'Name this option, e.g. Size' : names.indexOf(name) !== index ? 'Another option has this name' : undefined;
    problems[optionField(option, 'values')] = option.values.length === 0 ? 'Add at least one value' : undefined;
  });
  return problems;
}

/** A row's body for the API, with 0 in place of a number the seller has not typed right (its text check speaks first). */
export function variantBodyOf(row: VariantRow, values: Pick<NewProductValues, 'name' | 'options'>, currency: string): NewVariantBody {
  const threshold = row.lowStockThreshold.trim();
  return {
    sku: skuOf(row, values.name, values.options).trim(),
    options: namedOptions(values.options, row.options),
    priceCents: centsOf(row.price, currency) ?? 0,
    stock: wholeOf(row.stock) ?? 0,
    ...(threshold ? { lowStockThreshold: wholeOf(threshold) ?? 0 } : {}),
  };
}

/** The rows still sold, with their indexes among all rows: the API's `variants.3` is the form's `rows.<index>`. */
export const soldRows = (rows: readonly VariantRow[]) => rows.flatMap((row, index) => (row.removed ? [] : [{ row, index }]));

/** The form field of an API field of one variant (`priceCents` → `rows.4.price`); option problems go to the options editor. */
export function rowFieldOf(index: number, apiField: string): string {
  if (apiField === 'options') return 'options';
  if (apiField === 'priceCents') return rowField(index, 'price');
  return `rows.${index}.${apiField}`;
}

export function rowProblems(rows: readonly { row: VariantRow; index: number; sku: string }[], currency: string): FormErrors {
  const problems: FormErrors = {};
  const skus = rows.map(({ sku }) => sku.trim().toUpperCase());
  rows.forEach(({ row, index }, position) => {
    problems[rowField(index, 'price')] = priceProblem(row.price, currency);
    problems[rowField(index, 'stock')] = stockProblem(row.stock);
    problems[rowField(index, 'lowStockThreshold')] = thresholdProblem(row.lowStockThreshold);
    const sku = skus[position];
    problems[rowField(index, 'sku')] = sku && skus.indexOf(sku) !== position ? 'Another row has this SKU' : undefined;
  });
  return problems;
}

// --- A new product

export function createBodyOf(values: NewProductValues, currency: string): CreateProductBody {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    categoryId: values.categoryId,
    // A new product cannot start archived.
    status: values.status === 'draft' ? 'draft' : 'active',
    variants: soldRows(values.rows).map(({ row }) => variantBodyOf(row, values, currency)),
  };
}

/** The form field an API path of POST /products names: `variants.3.sku` is the fourth sold row's SKU. */
export function newProductFieldOf(apiField: string, rows: readonly VariantRow[]): string {
  const match = /^variants\.(\d+)\.(\w+)/.exec(apiField);
  if (!match) return apiField;
  const sold = soldRows(rows)[Number(match[1])];
  return sold ? rowFieldOf(sold.index, match[2] ?? '') : 'variants';
}

export function newProductProblems(values: NewProductValues, currency: string): FormErrors {
  const sold = soldRows(values.rows).map(({ row, index }) => ({ row, index, sku: skuOf(row, values.name, values.options) }));
  const problems: FormErrors = {};
  merge(problems, optionProblems(values.options));
  merge(problems, rowProblems(sold, currency));
  merge(problems, schemaProblems(createProductBody, { ...createBodyOf(values, currency), categoryId: values.categoryId || undefined }, currency), (field) =>
    newProductFieldOf(field, values.rows),
  );
  return problems;
}

/** Field names in the order the forms show them, for moving the focus to the first problem. */
export function newProductFieldOrder(values: Pick<NewProductValues, 'options' | 'rows'>): string[] {
  return [
    'name',
    'description',
    'categoryId',
    'status',
    'options',
    ...values.options.flatMap((option) => [optionField(option, 'name'), optionField(option, 'values')]),
    'variants',
    ...values.rows.flatMap((_row, index) => (['sku', 'price', 'stock', 'lowStockThreshold'] as const).map((field) => rowField(index, field))),
  ];
}
