import { dictionary } from '@zxcvbn-ts/language-common';
import { unmetPasswordRules, type UnmetPasswordRule } from '../../../contracts/password-rules.js';

/** zxcvbn's list of common passwords (about 49,000), in lower case; `blocklistForms` folds what is looked up. */
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
const isCommon = (form: string): boolean => common.has(form);

/** The shared rules of `contracts/password-rules.ts` plus the blocklist, which only the server holds. */
export const passwordProblems = (password: string, email: string): UnmetPasswordRule[] =>
  unmetPasswordRules(password, email, isCommon);
