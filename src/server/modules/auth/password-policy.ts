import { dictionary } from '@zxcvbn-ts/language-common';
import { unmetPasswordRules, type UnmetPasswordRule } from '../../../contracts/password-rules.js';

/** zxcvbn's list of common passwords (about 49,000), compared case-insensitively. */
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
const isCommon = (password: string): boolean => common.has(password.toLowerCase());

/** The shared rules of `contracts/password-rules.ts` plus the blocklist, which only the server holds. */
export const passwordProblems = (password: string, email: string): UnmetPasswordRule[] =>
  unmetPasswordRules(password, email, isCommon);
