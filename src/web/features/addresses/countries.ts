import { getAlpha2Codes } from 'i18n-iso-countries';
import { countryLabel } from './format-address';

// i18n-iso-countries lends only its list of codes; the names are the browser's (countryLabel),
// so none of its name data reaches the bundle.

export type CountryOption = { code: string; name: string };

let options: CountryOption[] | undefined;

/** Every ISO 3166-1 country, sorted by name. */
export function countryOptions(): CountryOption[] {
  const collator = new Intl.Collator();
  options ??= Object.keys(getAlpha2Codes())
    .map((code) => ({ code, name: countryLabel(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return options;
}

/** The country of the browser's locale (en-GB → GB), or '' when it names none we know. */
export function browserCountry(): string {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region ?? '';
    return region in getAlpha2Codes() ? region : '';
  } catch {
    return '';
  }
}
