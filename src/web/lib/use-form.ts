import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { fieldErrorsOf, genericMessage, hasCode } from './api-errors';

/** A form's messages by field name; some carry links ("sign in instead"). */
export type FormErrors = Partial<Record<string, ReactNode>>;

/** The fields whose value is text: what an input edits. */
export type TextFieldOf<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export type FormOptions<V extends object> = {
  initialValues: V | (() => V);
  /** What is wrong with the values, by field; `undefined` for a field that is fine. */
  validate?: (values: V) => FormErrors;
  /** Field names in the order the form shows them, so focus lands on the first problem. Default: the values' keys. */
  fieldOrder?: (values: V) => readonly string[];
  /** Inputs are found by id `${idPrefix}-${field}`; a generated prefix when left out. */
  idPrefix?: string;
  /** The field an API field path names (`business.name` → `businessName`); by default a path that is one of the values' keys. */
  fieldOf?: Partial<Record<string, string>> | ((apiField: string) => string | undefined);
  /** Words to show instead of the server's for a field it refused (a wrong current password). */
  serverMessages?: FormErrors;
  /** Refusals that need words of their own (a taken email, a weak password), as field errors; undefined for the usual handling. */
  interpretError?: (error: unknown, sent: V) => FormErrors | undefined;
  /** Check a field as it is typed once it has been left, not only when the form is sent. */
  validateOnBlur?: boolean;
};

/** Drops the fields without an error, so an empty object means the form may be sent. */
function present(errors: FormErrors): FormErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

const isEmpty = (errors: FormErrors) => Object.keys(errors).length === 0;

/**
 * One form's values and errors. A field's error stays until the field changes; sending checks
 * `validate` first and moves focus to the first problem; a refusal from the server lands on the
 * fields it names (VALIDATION_ERROR) or, failing that, as one form-wide message.
 */
export function useForm<V extends object>(options: FormOptions<V>) {
  const { validate, fieldOrder, fieldOf, serverMessages, interpretError, validateOnBlur = false } = options;
  const generatedPrefix = useId();
  const idPrefix = options.idPrefix ?? generatedPrefix;
  const [initial] = useState(options.initialValues);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [touched, setTouched] = useState<Partial<Record<string, true>>>({});
  const [attempted, setAttempted] = useState(false);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<ReactNode>(null);
  const [submitError, setSubmitError] = useState<unknown>(undefined);

  const inputId = (field: string) => `${idPrefix}-${field}`;
  const liveProblems = validateOnBlur && validate ? present(validate(values)) : {};
  const errorOf = (field: string): ReactNode =>
    errors[field] ?? (attempted || touched[field] ? liveProblems[field] : undefined);

  function focusFirst(problems: FormErrors) {
    const first = (fieldOrder?.(values) ?? Object.keys(values)).find((field) => problems[field]);
    if (first) document.getElementById(inputId(first))?.focus();
  }

  /** Shows these errors now (not at the next render), so the focus can move to the first. */
  function showErrors(problems: FormErrors) {
    const shown = present(problems);
    flushSync(() => setErrors(shown));
    focusFirst(shown);
  }

  /** Changes values; the errors of the changed fields (or those `clears` picks) give way. */
  function change(patch: Partial<V>, clears: (field: string) => boolean = (field) => field in patch) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => (Object.keys(current).some(clears) ? Object.fromEntries(Object.entries(current).filter(([field]) => !clears(field))) : current));
  }

  function setValue<K extends keyof V>(field: K, value: V[K]) {
    change({ [field]: value } as unknown as Partial<V>);
  }

  function fieldFor(apiField: string): string | undefined {
    if (typeof fieldOf === 'function') return fieldOf(apiField);
    return fieldOf?.[apiField] ?? (apiField in values ? apiField : undefined);
  }

  function report(error: unknown, sent: V) {
    setSubmitError(error);
    const special = interpretError?.(error, sent);
    if (special && !isEmpty(present(special))) {
      showErrors(special);
      return;
    }
    if (!hasCode(error, 'VALIDATION_ERROR')) {
      setFormError(genericMessage(error));
      return;
    }
    const mapped: FormErrors = {};
    let unplaced = false;
    for (const [apiField, message] of Object.entries(fieldErrorsOf(error))) {
      const field = fieldFor(apiField);
      if (field) mapped[field] ??= serverMessages?.[field] ?? message;
      else unplaced = true;
    }
    if (!isEmpty(mapped)) showErrors(mapped);
    if (isEmpty(mapped) || unplaced) setFormError(error.message);
  }

  function reset(next: V = initial) {
    setValues(next);
    setErrors({});
    setTouched({});
    setAttempted(false);
    setFormError(null);
    setSubmitError(undefined);
  }

  /** The form's onSubmit: checks, then runs `send`; whatever `send` throws is shown on the form. */
  function handleSubmit(send: (values: V) => unknown) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // A second Enter while the first is on its way: React has re-rendered after the first (a discrete event).
      if (pending) return;
      setFormError(null);
      setSubmitError(undefined);
      const problems = validate ? present(validate(values)) : {};
      if (!isEmpty(problems)) {
        if (validateOnBlur) {
          flushSync(() => setAttempted(true));
          focusFirst(problems);
        } else {
          setAttempted(true);
          showErrors(problems);
        }
        return;
      }
      setAttempted(true);
      setErrors({});
      setPending(true);
      void Promise.resolve()
        .then(() => send(values))
        .catch((error: unknown) => report(error, values))
        .finally(() => setPending(false));
    };
  }

  /** What a text input, text area or select needs: its id, value, error and handlers. */
  function field<K extends TextFieldOf<V>>(name: K) {
    return {
      id: inputId(name),
      name,
      value: values[name] as string,
      error: errorOf(name),
      onChange: (event: ChangeEvent<TextControl>) => setValue(name, event.target.value as V[K]),
      onBlur: validateOnBlur ? () => setTouched((current) => (current[name] ? current : { ...current, [name]: true })) : undefined,
    };
  }

  return {
    values,
    /** Sent at least once: unmet password rules then show as errors rather than "not yet". */
    attempted,
    pending,
    /** The form-wide message of the last refusal, when its fields could not take it. */
    formError,
    /** The last refusal itself, for forms that say more than its message. */
    submitError,
    errorOf,
    inputId,
    field,
    setValue,
    change,
    showErrors,
    setFormError,
    reset,
    handleSubmit,
  };
}

export type Form<V extends object> = ReturnType<typeof useForm<V>>;
