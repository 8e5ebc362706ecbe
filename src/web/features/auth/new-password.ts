import { unmetPasswordRules } from '../../../contracts/password-rules';
import { fieldErrorsOf, hasCode, unmetRulesOf } from '../../lib/api-errors';
import type { Form, TextFieldOf } from '../../lib/use-form';

// A new password is checked the same way wherever one is chosen: registration, reset, change,
// and an admin making another admin.

/** What the new password still lacks, before it is sent. */
export function newPasswordProblem(password: string, email: string, missing = 'Choose a new password'): string | undefined {
  if (!password) return missing;
  return unmetPasswordRules(password, email).length > 0 ? 'The password does not meet every requirement yet' : undefined;
}

/** The server refused the password (too weak, or used recently): what its field says. */
export function refusedPasswordMessage(error: unknown): string | undefined {
  if (hasCode(error, 'AUTH_WEAK_PASSWORD')) {
    const single = unmetRulesOf(error).length === 1 ? fieldErrorsOf(error).password : undefined;
    return single ?? 'This password is not allowed; see the requirements below';
  }
  if (hasCode(error, 'AUTH_PASSWORD_REUSED')) return 'You have used this password recently. Choose one you have not used before.';
  return undefined;
}

/** A NewPasswordField bound to a form field, with the rules the server named as unmet until the password changes. */
export function newPasswordFieldProps<V extends object>(form: Form<V>, name: TextFieldOf<V>) {
  const { id, value, error } = form.field(name);
  return {
    id,
    name,
    value,
    error,
    onChange: (next: string) => form.setValue(name, next as V[typeof name]),
    serverUnmet: error ? unmetRulesOf(form.submitError) : [],
    showUnmetAsErrors: form.attempted,
  };
}
