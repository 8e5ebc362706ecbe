// Zod-free, so the web app can check passwords as they are typed without bundling Zod. The
// server applies the same function (with its common-password blocklist) and answers
// AUTH_WEAK_PASSWORD with exactly these rules and messages.

export type PasswordRule =
  | 'minLength'
  | 'maxLength'
  | 'uppercase'
  | 'lowercase'
  | 'digit'
  | 'special'
  | 'notEmail'
  | 'common';

export type UnmetPasswordRule = { field: 'password'; rule: PasswordRule; message: string };

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** The characters that satisfy the `special` rule. */
export const PASSWORD_SPECIAL_CHARACTERS = '@$!%*?&#';

type RuleDefinition = {
  rule: PasswordRule;
  /** Checklist wording: what a good password has. */
  label: string;
  /** Error wording: what to do about it. */
  message: string;
};

/** Every rule in the order a checklist shows them. */
export const PASSWORD_RULES: readonly RuleDefinition[] = [
  { rule: 'minLength', label: `At least ${PASSWORD_MIN_LENGTH} characters`, message: `Use at least ${PASSWORD_MIN_LENGTH} characters` },
  { rule: 'maxLength', label: `At most ${PASSWORD_MAX_LENGTH} characters`, message: `Use at most ${PASSWORD_MAX_LENGTH} characters` },
  { rule: 'uppercase', label: 'An upper-case letter (A–Z)', message: 'Add an upper-case letter' },
  { rule: 'lowercase', label: 'A lower-case letter (a–z)', message: 'Add a lower-case letter' },
  { rule: 'digit', label: 'A digit (0–9)', message: 'Add a digit' },
  {
    rule: 'special',
    label: `One of ${PASSWORD_SPECIAL_CHARACTERS.split('').join(' ')}`,
    message: `Add one of ${PASSWORD_SPECIAL_CHARACTERS}`,
  },
  { rule: 'notEmail', label: 'Not your email address', message: 'Do not use your email address' },
  { rule: 'common', label: 'Not a commonly used password', message: 'This password is too common; choose another' },
];

const SPECIAL = /[@$!%*?&#]/;

function isMet(rule: PasswordRule, password: string, email: string, isCommon?: (password: string) => boolean): boolean {
  switch (rule) {
    case 'minLength':
      return password.length >= PASSWORD_MIN_LENGTH;
    case 'maxLength':
      return password.length <= PASSWORD_MAX_LENGTH;
    case 'uppercase':
      return /[A-Z]/.test(password);
    case 'lowercase':
      return /[a-z]/.test(password);
    case 'digit':
      return /[0-9]/.test(password);
    case 'special':
      return SPECIAL.test(password);
    case 'notEmail':
      return email === '' || password.toLowerCase() !== email.trim().toLowerCase();
    case 'common':
      return !isCommon || !blocklistForms(password).some(isCommon);
  }
}

/** Digits and symbols at either end: what composition rules make people tack on to a word. */
const PADDING = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * The forms a password is looked up in the blocklist under: with the letter case folded, and also
 * without the digits and symbols at either end, so `Password1!`, `Qwerty123!` and `Summer2024#`
 * count as the common passwords they are. A form without any letter left is not looked up.
 */
export function blocklistForms(password: string): string[] {
  const folded = password.toLowerCase();
  const stripped = folded.replace(PADDING, '');
  return stripped && stripped !== folded ? [folded, stripped] : [folded];
}

/**
 * Every rule the password fails, so a form can show them all at once. `common` is checked only
 * when `isCommon` is given (the server's blocklist; the web app's dictionary hint), which is asked
 * about each of `blocklistForms`, so it only has to look a lower-case word up.
 */
export function unmetPasswordRules(
  password: string,
  email: string,
  isCommon?: (password: string) => boolean,
): UnmetPasswordRule[] {
  return PASSWORD_RULES.filter(({ rule }) => !isMet(rule, password, email, isCommon)).map(({ rule, message }) => ({
    field: 'password' as const,
    rule,
    message,
  }));
}

export function isPasswordRule(value: unknown): value is PasswordRule {
  return typeof value === 'string' && PASSWORD_RULES.some(({ rule }) => rule === value);
}
