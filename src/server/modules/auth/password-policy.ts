export type PasswordRule = 'minLength' | 'maxLength' | 'uppercase' | 'lowercase' | 'digit' | 'special' | 'notEmail';
export type UnmetRule = { field: 'password'; rule: PasswordRule; message: string };

const checks: { rule: PasswordRule; message: string; ok: (password: string, email: string) => boolean }[] = [
  { rule: 'minLength', message: 'Use at least 8 characters', ok: (p) => p.length >= 8 },
  { rule: 'maxLength', message: 'Use at most 128 characters', ok: (p) => p.length <= 128 },
  { rule: 'uppercase', message: 'Add an upper-case letter', ok: (p) => /[A-Z]/.test(p) },
  { rule: 'lowercase', message: 'Add a lower-case letter', ok: (p) => /[a-z]/.test(p) },
  { rule: 'digit', message: 'Add a digit', ok: (p) => /\d/.test(p) },
  { rule: 'special', message: 'Add one of @$!%*?&#', ok: (p) => /[@$!%*?&#]/.test(p) },
  { rule: 'notEmail', message: 'Do not use your email address', ok: (p, e) => p.toLowerCase() !== e.toLowerCase() },
];

/** Every rule the password fails, so a form can show them all at once. */
export function unmetPasswordRules(password: string, email: string): UnmetRule[] {
  return checks.filter((c) => !c.ok(password, email)).map(({ rule, message }) => ({ field: 'password', rule, message }));
}
