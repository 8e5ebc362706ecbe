import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { ADDRESS_TEXT_FIELDS, tooLongMessage } from './address-rules.js';
import { uuid } from './common.js';

// Shapes only: the postal code and phone depend on the country, which a PATCH may leave out,
// so the service checks them against the address as it will be (address-rules.ts).

/** A label printer takes one line: tabs, newlines and other control characters are refused. */
const SINGLE_LINE = /^[^\p{Cc}]*$/u;
const SINGLE_LINE_MESSAGE = 'Use a single line of text';

type TextField = keyof typeof ADDRESS_TEXT_FIELDS;
type RequiredField = { [F in TextField]: (typeof ADDRESS_TEXT_FIELDS)[F] extends { required: string } ? F : never }[TextField];

const text = (field: RequiredField) => {
  const { max, required } = ADDRESS_TEXT_FIELDS[field];
  return z
    .string({ error: (issue) => (issue.input === undefined ? required : undefined) })
    .trim().min(1, required).max(max, tooLongMessage(max)).regex(SINGLE_LINE, SINGLE_LINE_MESSAGE);
};

/** An optional line: null or an empty string clears it. */
const optionalText = (field: Exclude<TextField, RequiredField>) => {
  const { max } = ADDRESS_TEXT_FIELDS[field];
  return z
    .string()
    .trim()
    .max(max, tooLongMessage(max))
    .regex(SINGLE_LINE, SINGLE_LINE_MESSAGE)
    .nullable()
    .transform((value) => value || null);
};

const COUNTRY_MESSAGE = 'Use the two-letter ISO 3166-1 code of the country, such as US or GB';
const countryCode = z
  .string({ error: COUNTRY_MESSAGE })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, COUNTRY_MESSAGE)
  .refine((code) => countries.isValid(code), COUNTRY_MESSAGE)
  .meta({ description: 'ISO 3166-1 alpha-2, e.g. US', example: 'US' });

export const addressBody = z
  .strictObject({
    label: optionalText('label').optional().meta({ description: 'A name for it, e.g. Home' }),
    recipientName: text('recipientName'),
    phone: text('phone').meta({ description: 'Any common notation; stored in E.164. A number without + is read as one of `country`.' }),
    line1: text('line1'),
    line2: optionalText('line2').optional(),
    city: text('city'),
    state: text('state'),
    postalCode: text('postalCode').meta({ description: 'Checked against the format of `country`' }),
    country: countryCode,
  })
  .meta({ id: 'NewAddress' });
export type AddressBody = z.infer<typeof addressBody>;

export const addressPatch = addressBody
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field')
  .meta({ id: 'AddressPatch' });
export type AddressPatch = z.infer<typeof addressPatch>;

export const addressView = z
  .object({
    id: uuid,
    label: z.string().nullable(),
    recipientName: z.string(),
    /** E.164. */
    phone: z.string(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    state: z.string(),
    postalCode: z.string(),
    country: z.string().length(2),
    isDefault: z.boolean(),
    /** When an order last shipped to it; null until then. */
    lastUsedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Address' });
export type AddressView = z.infer<typeof addressView>;
