import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** +442079460958 → +44 20 7946 0958: the stored E.164 number, grouped for reading. */
export const displayPhone = (phone: string): string => parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
