import { useState, type KeyboardEvent } from 'react';
import { OPTION_TEXT_MAX } from '../../../../contracts/catalog-rules';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import type { Form } from '../../../lib/use-form';
import type { OptionDraft } from '../options-grid';
import { optionField } from '../product-values';

/** The most options a variant may name (the contract's refinement). */
const OPTIONS_MAX = 5;

let lastOptionId = 0;
export const newOption = (): OptionDraft => ({ id: `option-${++lastOptionId}`, name: '', values: [] });

type OptionsEditorProps = {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  inputId: Form<object>['inputId'];
  errorOf: Form<object>['errorOf'];
  /** A product's saved options: their names and values are its variants' and stay; only new values may join them. */
  saved?: readonly OptionDraft[];
};

/** The options a product comes in (Colour, Size) and their values in order; every combination becomes a SKU row. */
export function OptionsEditor({ options, onChange, inputId, errorOf, saved = [] }: OptionsEditorProps) {
  const savedValues = (option: OptionDraft) => saved.find((known) => known.id === option.id)?.values ?? [];
  // The server accepts new values for a product's options, never a new option beside them.
  const mayAddOptions = saved.length === 0 && options.length < OPTIONS_MAX;

  function update(index: number, patch: Partial<OptionDraft>) {
    onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  }

  function add() {
    const option = newOption();
    onChange([...options, option]);
    requestAnimationFrame(() => document.getElementById(inputId(optionField(option, 'name')))?.focus());
  }

  function remove(index: number) {
    const next = options.filter((_option, i) => i !== index);
    onChange(next);
    const focusTarget = next[Math.min(index, next.length - 1)];
    requestAnimationFrame(() => document.getElementById(focusTarget ? inputId(optionField(focusTarget, 'name')) : inputId('add-option'))?.focus());
  }

  const listError = errorOf('options');
  return (
    <fieldset className="options-editor" aria-describedby={listError ? `${inputId('options')}-error` : undefined}>
      <legend id={inputId('options')} tabIndex={-1} className="seller-legend">
        Options
      </legend>
      <p className="field__hint">
        {saved.length > 0
          ? 'Add values to the options below; each new combination becomes a new variant.'
          : 'What shoppers choose between, such as Colour or Size, with their values in the order shoppers see them. Leave it empty for a product that comes one way.'}
      </p>
      {listError && (
        <p id={`${inputId('options')}-error`} className="field__error">
          <span>
            <span className="visually-hidden">Error: </span>
            {listError}
          </span>
        </p>
      )}
      {options.length > 0 && (
        <ol className="options-editor__list">
          {options.map((option, index) => (
            <li key={option.id}>
              <OptionFields
                option={option}
                position={index + 1}
                savedValues={savedValues(option)}
                locked={saved.some((known) => known.id === option.id)}
                inputId={inputId}
                errorOf={errorOf}
                onChange={(patch) => update(index, patch)}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      {mayAddOptions && (
        <div>
          <Button id={inputId('add-option')} variant="secondary" onClick={add}>
            Add option
          </Button>
        </div>
      )}
    </fieldset>
  );
}

type OptionFieldsProps = {
  option: OptionDraft;
  position: number;
  savedValues: readonly string[];
  locked: boolean;
  inputId: Form<object>['inputId'];
  errorOf: Form<object>['errorOf'];
  onChange: (patch: Partial<OptionDraft>) => void;
  onRemove: () => void;
};

function OptionFields({ option, position, savedValues, locked, inputId, errorOf, onChange, onRemove }: OptionFieldsProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const title = option.name.trim() || `Option ${position}`;
  const valueInputId = inputId(optionField(option, 'values'));

  function addValue() {
    const value = draft.trim();
    if (!value) return setProblem('Type a value first, e.g. Red');
    if (option.values.some((known) => known.toLowerCase() === value.toLowerCase())) return setProblem(`“${value}” is there already`);
    onChange({ values: [...option.values, value] });
    setDraft('');
    setProblem(undefined);
  }

  function removeValue(value: string) {
    onChange({ values: option.values.filter((known) => known !== value) });
    // Its chip is gone: the keyboard goes on from the value field.
    requestAnimationFrame(() => document.getElementById(valueInputId)?.focus());
  }

  // Enter adds the value instead of sending the whole form.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addValue();
  }

  return (
    <fieldset className="option-fields">
      <legend className="option-fields__title">{title}</legend>
      <TextField
        id={inputId(optionField(option, 'name'))}
        label="Option name"
        placeholder="Colour"
        autoComplete="off"
        maxLength={OPTION_TEXT_MAX}
        value={option.name}
        readOnly={locked}
        hint={locked ? 'Its variants are named after it, so it stays.' : undefined}
        error={errorOf(optionField(option, 'name'))}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      {option.values.length > 0 && (
        <ul className="option-fields__values" aria-label={`Values of ${title}`}>
          {option.values.map((value) => (
            <li key={value} className="value-chip">
              <span className="break-anywhere">{value}</span>
              {!savedValues.includes(value) && (
                <button type="button" className="value-chip__remove" onClick={() => removeValue(value)}>
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">
                    Remove {value} from {title}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="option-fields__add">
        <TextField
          id={valueInputId}
          label={`Add a value to ${title}`}
          placeholder={position === 1 ? 'Red' : 'S'}
          autoComplete="off"
          maxLength={OPTION_TEXT_MAX}
          value={draft}
          error={problem ?? errorOf(optionField(option, 'values'))}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        <Button variant="secondary" onClick={addValue}>
          Add<span className="visually-hidden"> value to {title}</span>
        </Button>
      </div>
      {!locked && (
        <div>
          <Button variant="secondary" onClick={onRemove}>
            Remove option<span className="visually-hidden"> {title}</span>
          </Button>
        </div>
      )}
    </fieldset>
  );
}
