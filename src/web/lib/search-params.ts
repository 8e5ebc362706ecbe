// The pieces of the pages' `validateSearch`: tolerant on purpose, so a hand-edited or truncated
// URL shows the page with defaults instead of an error.

/** Trimmed text, cut to `max` characters; undefined when empty. */
export function textParam(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
}

/** A page number beyond the first; the first is the default and stays out of the URL. */
export function pageParam(value: unknown): number | undefined {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : undefined;
}

/** `value` when it is one of the keys of `options` (a labels table), else undefined. */
export function keyParam<K extends string>(value: unknown, options: Record<K, unknown>): K | undefined {
  return typeof value === 'string' && Object.hasOwn(options, value) ? (value as K) : undefined;
}

/** An ISO instant such as `2026-03-01T12:00:00.000Z`. */
export function instantParam(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : undefined;
}
