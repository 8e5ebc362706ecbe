import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type ControlAttributes = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type FieldFrameProps = {
  label: string;
  /** Shown under the label, read with the field. */
  hint?: ReactNode;
  /** Marks the field invalid and is read with it; shown under the control. */
  error?: ReactNode;
  /** More elements (a checklist, a meter) that describe the field. */
  describedBy?: string;
  id?: string;
  className?: string;
  /** Below the control and its error. */
  children?: ReactNode;
  /** The input itself, given the attributes that tie it to its label, hint and error. */
  control: (attributes: ControlAttributes) => ReactNode;
};

/** A label, hint and error tied to one control, so a screen reader reads them together. */
function FieldFrame({ label, hint, error, describedBy, id, className, children, control }: FieldFrameProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedByIds = [error ? errorId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ');

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
      {control({ id: inputId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedByIds || undefined })}
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

type FrameOptions = Omit<FieldFrameProps, 'control' | 'children'>;

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid'> &
  FrameOptions & {
    /** Inside the input's frame, at its end: a show-password toggle. */
    adornment?: ReactNode;
    /** Below the input and its error. */
    children?: ReactNode;
    ref?: Ref<HTMLInputElement>;
  };

/** A labelled input whose hint and error are tied to it. */
export function TextField({ label, hint, error, describedBy, adornment, children, id, className, ref, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame
      {...{ label, hint, error, describedBy, id, className }}
      control={(attributes) => (
        <div className={`field__control${adornment ? ' field__control--adorned' : ''}`}>
          <input ref={ref} className="field__input" {...attributes} {...inputProps} />
          {adornment}
        </div>
      )}
    >
      {children}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-invalid'> &
  FrameOptions & { ref?: Ref<HTMLTextAreaElement> };

/** The multi-line sibling of `TextField`. */
export function TextAreaField({ label, hint, error, describedBy, id, className, ref, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame
      {...{ label, hint, error, describedBy, id, className }}
      control={(attributes) => <textarea ref={ref} className="field__input field__input--multiline" {...attributes} {...textareaProps} />}
    />
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'aria-invalid'> &
  FrameOptions & {
    /** The options. */
    children: ReactNode;
    ref?: Ref<HTMLSelectElement>;
  };

/** A labelled `<select>` whose hint and error are tied to it, like `TextField`. */
export function SelectField({ label, hint, error, describedBy, id, className, ref, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame
      {...{ label, hint, error, describedBy, id, className }}
      control={(attributes) => (
        <select ref={ref} className="field__input" {...attributes} {...selectProps}>
          {children}
        </select>
      )}
    />
  );
}
