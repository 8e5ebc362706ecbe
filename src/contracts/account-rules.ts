// Plain data, no Zod: the web app imports it for its forms' maxLength, the schemas for their rules.

/** The longest value accepted for each field of an account. */
export const ACCOUNT_FIELD_MAX = { fullName: 120, phone: 32, businessName: 120, taxId: 40 } as const;
