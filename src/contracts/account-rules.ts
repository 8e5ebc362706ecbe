// Plain data, no Zod: the web app imports it for its forms' maxLength, the schemas for their rules.

/** The longest value accepted for each field of an account. */
export const ACCOUNT_FIELD_MAX = { fullName: 120, phone: 32, businessName: 120, taxId: 40 } as const;

/** The shortest value accepted where a field has a floor above one character. */
export const ACCOUNT_FIELD_MIN = { phone: 4, taxId: 2 } as const;

/** The longest email address (RFC 5321's limit on a path). */
export const EMAIL_MAX = 254;

/** The longest description of what a seller applicant wants to sell. */
export const DESCRIPTION_MAX = 2000;

/** The longest reason or note an admin gives with a decision (suspend, activate, approve, reject). */
export const REASON_MAX = 500;
