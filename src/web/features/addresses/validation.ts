import { ADDRESS_TEXT_FIELDS, checkPhone, checkPostalCode } from '../../../contracts/address-rules';
import { displayPhone } from '../../lib/format-phone';
import type { Address, AddressBody, AddressPatch } from './types';

/** The form's fields in the order it shows them: the country first, as it decides the rest. */
export const ADDRESS_FIELDS = ['country', 'recipientName', 'phone', 'line1', 'line2', 'city', 'state', 'postalCode', 'label'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string>;
export type AddressProblems = Partial<Record<AddressField, string>>;

export const emptyAddress = (country: string): AddressValues => ({
  country,
  recipientName: '',
  phone: '',
  line1: '',
  line2: '',
  city: '',
  state: '',
  postalCode: '',
  label: '',
});

export const valuesOf = (address: Address): AddressValues => ({
  country: address.country,
  recipientName: address.recipientName,
  phone: displayPhone(address.phone),
  line1: address.line1,
  line2: address.line2 ?? '',
  city: address.city,
  state: address.state,
  postalCode: address.postalCode,
  label: address.label ?? '',
});

/**
 * What the server would refuse, checked with its own rules (contracts/address-rules): required
 * fields, then the postal code and phone for the chosen country. Lengths are capped by the inputs.
 */
export function addressProblems(values: AddressValues): AddressProblems {
  const problems: AddressProblems = {};
  for (const [field, rule] of Object.entries(ADDRESS_TEXT_FIELDS)) {
    if ('required' in rule && !values[field as AddressField].trim()) problems[field as AddressField] = rule.required;
  }
  if (!values.country) {
    problems.country = 'Choose the country';
    return problems;
  }
  const postalCode = checkPostalCode(values.postalCode, values.country);
  if (!problems.postalCode && !postalCode.ok) problems.postalCode = postalCode.message;
  const phone = checkPhone(values.phone, values.country);
  if (!problems.phone && !phone.ok) problems.phone = phone.message;
  return problems;
}

const trimmed = (values: AddressValues): AddressValues =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value.trim()])) as AddressValues;

export function toBody(values: AddressValues): AddressBody {
  const { label, line2, ...required } = trimmed(values);
  return { ...required, ...(label ? { label } : {}), ...(line2 ? { line2 } : {}) };
}

/** Only the fields that changed; an emptied optional field is sent as null to clear it. */
export function toPatch(initial: AddressValues, values: AddressValues): AddressPatch {
  const before = trimmed(initial);
  const after = trimmed(values);
  const changed = ADDRESS_FIELDS.filter((field) => after[field] !== before[field]);
  return Object.fromEntries(changed.map((field) => [field, after[field] || null]));
}
