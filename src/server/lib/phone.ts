import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { AppError } from './app-error.js';

/**
 * A request's phone number in E.164 (`+12025550143`); a number without a country code is read as
 * a US number. One that is not valid is a VALIDATION_ERROR on `field`.
 */
export function requireE164(phone: string, field = 'phone'): string {
  const parsed = parsePhoneNumberFromString(phone, 'US');
  if (!parsed?.isValid()) throw new AppError('VALIDATION_ERROR', 'The request is not valid', [{ field, message: 'Enter a valid phone number, e.g. +1 202 555 0143' }]);
  return parsed.number;
}
