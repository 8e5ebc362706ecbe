const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/** How many decimals the currency has: 10 to this power minor units make one unit (100 for USD, 1 for JPY). */
export function currencyDigits(currency: string): number {
  return formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Money arrives in integer minor units. */
export function formatPrice(minorUnits: number, currency: string): string {
  return formatterFor(currency).format(minorUnits / 10 ** currencyDigits(currency));
}

export function Price({ cents, currency }: { cents: number; currency: string }) {
  return <span className="price">{formatPrice(cents, currency)}</span>;
}
