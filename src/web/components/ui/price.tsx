const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/** Money arrives in integer minor units; the currency says how many of them make one unit
 * (100 for USD, 1 for JPY). */
export function formatPrice(minorUnits: number, currency: string): string {
  const formatter = formatterFor(currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minorUnits / 10 ** digits);
}

export function Price({ cents, currency }: { cents: number; currency: string }) {
  return <span className="price">{formatPrice(cents, currency)}</span>;
}
