import { ACCOUNT_FIELD_MIN, EMAIL_MAX } from '../../contracts/account-rules';

// The checks a form runs before sending, in the user's words, with the limits the contracts
// give the server. The server's answer still has the last word.

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(value: string): string | undefined {
  const email = value.trim();
  if (!email) return 'Enter your email address';
  if (email.length > EMAIL_MAX || !EMAIL_PATTERN.test(email)) return 'Enter an email address like name@example.com';
  return undefined;
}

/** Too few digits to be a phone number; the server parses the number itself. */
export function phoneFormatProblem(value: string): string | undefined {
  const digits = value.match(/\d/g)?.length ?? 0;
  return digits >= ACCOUNT_FIELD_MIN.phone ? undefined : 'Enter a phone number like +1 202 555 0143';
}

export function phoneProblem(value: string): string | undefined {
  return value.trim() ? phoneFormatProblem(value) : 'Enter your phone number';
}

export function taxIdProblem(value: string): string | undefined {
  const taxId = value.trim();
  if (!taxId) return 'Enter your tax ID';
  return taxId.length < ACCOUNT_FIELD_MIN.taxId ? `A tax ID has at least ${ACCOUNT_FIELD_MIN.taxId} characters` : undefined;
}

/** `message` when the field is empty or only spaces. */
export function requiredProblem(value: string, message: string): string | undefined {
  return value.trim() ? undefined : message;
}

/** The second copy of a new password, typed to catch a slip. */
export function confirmationProblem(confirmation: string, password: string, missing = 'Type your new password again'): string | undefined {
  if (!confirmation) return missing;
  return confirmation !== password ? 'The passwords do not match' : undefined;
}
