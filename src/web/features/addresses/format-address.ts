import type { AddressView } from '../../../contracts/addresses';

// The browser names each country in the user's own language.
const displayNames = new Intl.DisplayNames(undefined, { type: 'region' });

/** "United Kingdom" for GB, in the browser's language. */
export const countryLabel = (code: string): string => displayNames.of(code) ?? code;

/** What an address is called: its label, else the recipient. */
export const addressName = (address: Pick<AddressView, 'label' | 'recipientName'>): string => address.label ?? address.recipientName;

/**
 * The lines of an address as a parcel label reads them, under its name: the recipient (when the
 * name is a label), the street, "town, region postcode", the country.
 */
export function addressLines(address: AddressView): string[] {
  const region = [address.state, address.postalCode].filter(Boolean).join(' ');
  return [
    address.label ? address.recipientName : undefined,
    address.line1,
    address.line2 ?? undefined,
    [address.city, region].filter(Boolean).join(', '),
    countryLabel(address.country),
  ].filter((line): line is string => Boolean(line));
}
