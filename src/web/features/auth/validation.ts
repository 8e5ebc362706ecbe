import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** A form's messages by field name; some carry links ("sign in instead"). */
export type FormErrors = Partial<Record<string, ReactNode>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(value: string): string | undefined {
  if (!value.trim()) return 'Enter your email address';
  if (!EMAIL_PATTERN.test(value.trim())) return 'Enter an email address like name@example.com';
  return undefined;
}

const PHONE_MIN_DIGITS = 4;

/** Too few digits to be a phone number; the server parses the number itself. */
export function phoneFormatError(value: string): string | undefined {
  return (value.match(/\d/g)?.length ?? 0) >= PHONE_MIN_DIGITS ? undefined : 'Enter a phone number like +1 202 555 0143';
}

export function phoneError(value: string): string | undefined {
  return value.trim() ? phoneFormatError(value) : 'Enter your phone number';
}

/** The second copy of a new password, typed to catch a slip. */
export function confirmationError(confirmation: string, password: string, missing = 'Type your new password again'): string | undefined {
  if (!confirmation) return missing;
  return confirmation !== password ? 'The passwords do not match' : undefined;
}

/** Drops the fields without an error, so `Object.keys` tells whether the form may be sent. */
export function compact(errors: FormErrors): FormErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

/**
 * Shows the errors now (not at the next render) and moves focus to the first invalid field in
 * form order, whose label and error the screen reader then reads. Inputs are found by id:
 * `${idPrefix}-${field}`.
 */
export function showFieldErrors(
  setErrors: (errors: FormErrors) => void,
  errors: FormErrors,
  order: readonly string[],
  idPrefix: string,
): void {
  flushSync(() => setErrors(errors));
  const first = order.find((field) => errors[field]);
  if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
}
