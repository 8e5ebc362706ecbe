import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid'> & {
  label: string;
  /** Shown under the label, read with the field. */
  hint?: ReactNode;
  /** Marks the field invalid and is read with it; shown under the input. */
  error?: ReactNode;
  /** More elements (a checklist, a meter) that describe the field. */
  describedBy?: string;
  /** Inside the input's frame, at its end: a show-password toggle. */
  adornment?: ReactNode;
  /** Below the input and its error. */
  children?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  id?: string;
};

/** A labelled input whose hint and error are tied to it, so a screen reader reads them together. */
export function TextField({
  label,
  hint,
  error,
  describedBy,
  adornment,
  children,
  id,
  className,
  ref,
  ...inputProps
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedByIds = [error ? errorId : null, hint ? hintId : null, describedBy ?? null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className={`field__control${adornment ? ' field__control--adorned' : ''}`}>
        <input
          ref={ref}
          id={inputId}
          className="field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByIds || undefined}
          {...inputProps}
        />
        {adornment}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          <span>
            <span className="visually-hidden">Error: </span>
            {error}
          </span>
        </p>
      )}
      {children}
    </div>
  );
}
