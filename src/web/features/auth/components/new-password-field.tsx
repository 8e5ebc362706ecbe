import { useId, type ComponentProps } from 'react';
import { PASSWORD_RULES, type PasswordRule } from '../../../../contracts/password-rules';
import { CheckIcon, CrossIcon, DotIcon } from '../../../components/ui/icons';
import { STRENGTH_LABELS, usePasswordCheck, type StrengthScore } from '../password-strength';
import { PasswordField } from './password-field';

/** Always listed; the other rules appear only when a password breaks them. */
const ALWAYS_SHOWN: ReadonlySet<PasswordRule> = new Set(['minLength', 'uppercase', 'lowercase', 'digit', 'special']);

type NewPasswordFieldProps = Omit<ComponentProps<typeof PasswordField>, 'value' | 'onChange' | 'describedBy'> & {
  value: string;
  onChange: (value: string) => void;
  /** The account's email: the password may not equal it, and the meter penalises it. */
  email: string;
  /** Other words the meter should treat as guessable (the user's name). */
  personalInputs?: string[];
  /** Rules the server said this exact password breaks (its blocklist knows more than we do). */
  serverUnmet?: readonly PasswordRule[];
  /** After a submit attempt, unmet rules show as errors rather than "not yet". */
  showUnmetAsErrors?: boolean;
};

/** A new password with a live strength meter and a checklist that ticks as the rules are met. */
export function NewPasswordField({
  value,
  onChange,
  email,
  personalInputs,
  serverUnmet = [],
  showUnmetAsErrors = false,
  ...fieldProps
}: NewPasswordFieldProps) {
  const rulesId = useId();
  const strengthId = useId();
  const { unmet, score } = usePasswordCheck(value, email, personalInputs);
  const unmetRules = new Set<PasswordRule>([...unmet.map((item) => item.rule), ...serverUnmet]);
  const shown = PASSWORD_RULES.filter(({ rule }) => ALWAYS_SHOWN.has(rule) || (value !== '' && unmetRules.has(rule)));

  return (
    <PasswordField
      {...fieldProps}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete="new-password"
      describedBy={rulesId}
    >
      <StrengthMeter id={strengthId} score={score} />
      <ul id={rulesId} className="password-rules" aria-label="Password requirements">
        {shown.map(({ rule, label }) => {
          const met = !unmetRules.has(rule);
          const state = met ? 'met' : showUnmetAsErrors || serverUnmet.includes(rule) ? 'error' : 'pending';
          return (
            <li key={rule} className={`password-rules__item password-rules__item--${state}`}>
              {state === 'met' ? <CheckIcon /> : state === 'error' ? <CrossIcon /> : <DotIcon />}
              <span>
                {label}
                <span className="visually-hidden">{met ? ' — done' : ' — not yet'}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </PasswordField>
  );
}

function StrengthMeter({ id, score }: { id: string; score: StrengthScore | null }) {
  return (
    <div className="strength">
      <div className={`strength__bar strength__bar--${score ?? 'empty'}`} aria-hidden="true">
        <span className="strength__fill" />
      </div>
      {/* Polite: read when the user pauses, and only when the word changes. */}
      <p id={id} className="strength__label" aria-live="polite">
        {score === null ? (
          'Password strength'
        ) : (
          <>
            Strength: <strong>{STRENGTH_LABELS[score]}</strong>
          </>
        )}
      </p>
    </div>
  );
}
