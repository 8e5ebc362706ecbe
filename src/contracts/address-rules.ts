// Zod-free, so the web app can check an address as it is typed with the very rules the server
// applies: the server answers VALIDATION_ERROR with these messages.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';

/** How many live addresses a user may keep: enough for home, work and family, not a mailing list. */
export const MAX_ADDRESSES = 20;

type TextFieldRule = { max: number; /** What to say when it is left empty; optional fields have none. */ required?: string };

/** The text fields of an address: their length limits and, when required, the message for an empty one. */
export const ADDRESS_TEXT_FIELDS = {
  label: { max: 40 },
  recipientName: { max: 120, required: 'Enter the name of the person receiving the parcel' },
  phone: { max: 32, required: 'Enter a phone number the courier can call' },
  line1: { max: 200, required: 'Enter the street address' },
  line2: { max: 200 },
  city: { max: 100, required: 'Enter the town or city' },
  state: { max: 100, required: 'Enter the state, province or region' },
  postalCode: { max: 16, required: 'Enter the postal code' },
} as const satisfies Record<string, TextFieldRule>;

export const tooLongMessage = (max: number) => `Use at most ${max} characters`;

/** The answer of a check: the value as it is stored, or what to tell the user. */
export type Checked = { ok: true; value: string } | { ok: false; message: string };

// Messages are in English, like the rest of the shop.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Poland" for PL. */
const countryName = (country: string): string => regionNames.of(country) ?? country;

/** What people call a postal code where they live, with one valid there: for messages. */
export const POSTAL_CODE_STYLES: Record<string, { name: string; example: string }> = {
  US: { name: 'a US ZIP code', example: '94105' },
  GB: { name: 'a UK postcode', example: 'SW1A 1AA' },
  CA: { name: 'a Canadian postal code', example: 'K1A 0B1' },
  AU: { name: 'an Australian postcode', example: '2000' },
  IE: { name: 'an Eircode', example: 'D02 X285' },
  DE: { name: 'a German postcode', example: '10115' },
  FR: { name: 'a French postcode', example: '75001' },
  ES: { name: 'a Spanish postcode', example: '28001' },
  IT: { name: 'an Italian postcode', example: '00118' },
  NL: { name: 'a Dutch postcode', example: '1012 AB' },
  JP: { name: 'a Japanese postal code', example: '100-0001' },
  IN: { name: 'an Indian PIN code', example: '110001' },
  BR: { name: 'a Brazilian CEP', example: '01310-100' },
};

/**
 * A postal code checked against the country's format; stored trimmed, upper-case, with single
 * spaces. A country the validator does not know takes letters and digits in groups joined by
 * a space or hyphen (its "international" format).
 */
export function checkPostalCode(postalCode: string, country: string): Checked {
  const value = postalCode.trim().replace(/\s+/g, ' ').toUpperCase();
  if (postcodeValidatorExistsForCountry(country)) {
    if (postcodeValidator(value, country)) return { ok: true, value };
    const style = POSTAL_CODE_STYLES[country];
    return { ok: false, message: style ? `Enter ${style.name} such as ${style.example}` : `Enter a valid postal code for ${countryName(country)}` };
  }
  if (value && postcodeValidator(value, 'INTL')) return { ok: true, value };
  return { ok: false, message: 'Enter the postal code using letters and digits, with spaces or hyphens between groups' };
}

/**
 * A phone number, stored in E.164 (+14155550123). One without a country code is read as a number
 * of the address's country, which is where the courier calls it from.
 */
export function checkPhone(phone: string, country: string): Checked {
  const parsed = parsePhoneNumberFromString(phone, isSupportedCountry(country) ? country : undefined);
  if (parsed?.isValid()) return { ok: true, value: parsed.number };
  return { ok: false, message: `Enter a valid ${country} phone number, or start it with + and the country code` };
}
