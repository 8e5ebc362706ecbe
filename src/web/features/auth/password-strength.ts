import { useEffect, useMemo, useState } from 'react';
import { unmetPasswordRules, type UnmetPasswordRule } from '../../../contracts/password-rules';

// zxcvbn-ts and its dictionaries (~400 kB) are downloaded the first time a new-password field
// is used, never with the storefront. Until they arrive, the meter estimates from the rules
// and the length.

type Estimator = {
  score: (password: string, userInputs: string[]) => number;
  /** Asked by `unmetPasswordRules` about each of `blocklistForms`, already folded, as the server is. */
  isCommon: (form: string) => boolean;
};

let estimator: Promise<Estimator> | null = null;

function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, common]) => {
      const zxcvbn = new ZxcvbnFactory({
        dictionary: common.dictionary,
        graphs: common.adjacencyGraphs,
        useLevenshteinDistance: true,
      });
      // The server's blocklist is this list too; it is in lower case.
      const commonPasswords = new Set(common.dictionary['passwords-common']);
      return {
        score: (password, userInputs) => zxcvbn.check(password, userInputs).score,
        isCommon: (form) => commonPasswords.has(form),
      };
    },
  );
  // A failed download (offline) is retried at the next use.
  estimator.catch(() => {
    estimator = null;
  });
  return estimator;
}

/** 0 very weak … 4 strong, or null for an empty field. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export const STRENGTH_LABELS: Record<StrengthScore, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Good',
  4: 'Strong',
};

export type PasswordCheck = {
  unmet: UnmetPasswordRule[];
  score: StrengthScore | null;
};

function fallbackScore(password: string, unmetCount: number): StrengthScore {
  if (unmetCount > 2) return 0;
  if (unmetCount > 0) return 1;
  if (password.length >= 16) return 4;
  if (password.length >= 12) return 3;
  return 2;
}

function clampScore(score: number): StrengthScore {
  return Math.max(0, Math.min(4, Math.round(score))) as StrengthScore;
}

/**
 * The rules a new password still misses and how hard it is to guess. `common` is checked once
 * zxcvbn's list has loaded, the same list and forms as the server's blocklist. A password that
 * breaks a rule shows at most "Weak", however long it is.
 */
export function usePasswordCheck(password: string, email: string, extraInputs: string[] = []): PasswordCheck {
  const [loaded, setLoaded] = useState<Estimator | null>(null);
  const wanted = password !== '';

  useEffect(() => {
    if (!wanted || loaded) return;
    let active = true;
    loadEstimator().then(
      (value) => active && setLoaded(value),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [wanted, loaded]);

  const extra = extraInputs.join('\n');
  return useMemo(() => {
    const unmet = unmetPasswordRules(password, email, loaded?.isCommon);
    if (!password) return { unmet, score: null };
    if (!loaded) {
      return { unmet, score: fallbackScore(password, unmet.filter((item) => item.rule !== 'common').length) };
    }
    const inputs = [email, ...email.split('@'), ...extra.split('\n')].filter(Boolean);
    const score = clampScore(loaded.score(password, inputs));
    return { unmet, score: unmet.length > 0 ? (Math.min(score, 1) as StrengthScore) : score };
  }, [password, email, extra, loaded]);
}
