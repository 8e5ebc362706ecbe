import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { AppError } from './app-error.js';

/** The number in E.164 (`+12025550143`), or undefined when it is not a valid one; a number without a country code is read as a US number. */
export function toE164(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone, 'US');
  return parsed?.isValid() ? parsed.number : undefined;
}

/** `toE164` for a request's field: a number that is not valid is a VALIDATION_ERROR on `field`. */
export function requireE164(phone: string, field = 'phone'): string {
  const e164 = toE164(phone);
  if (!e164) throw new AppError('VALIDATION_ERROR', 'The request is not valid', [{ field, message: 'Enter a valid phone number, e.g. +1 202 555 0143' }]);
  return e164;
}
