import type { ReactNode } from 'react';

/** What a field's control needs to be linked to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled form control with an optional hint and error, both read out with the control. They
 * stand between label and control, where someone zoomed in on a phone sees them while typing.
 */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        'aria-describedby': describedBy(id, hint, error),
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface ChoicesProps {
  id: string;
  legend: string;
  options: readonly Option[];
  hint?: ReactNode;
  error?: string;
}

interface SingleChoiceProps extends ChoicesProps {
  multiple?: false;
  value: string;
  onChange: (value: string) => void;
}

interface MultipleChoiceProps extends ChoicesProps {
  multiple: true;
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** Radio buttons (or with `multiple`, checkboxes) shown as large, thumb-sized chips. */
export function Choices(props: SingleChoiceProps | MultipleChoiceProps) {
  const { id, legend, options, hint, error } = props;
  const checked = (value: string) =>
    props.multiple ? props.value.includes(value) : props.value === value;

  function toggle(value: string) {
    if (!props.multiple) props.onChange(value);
    else if (props.value.includes(value)) props.onChange(props.value.filter((v) => v !== value));
    else props.onChange([...props.value, value]);
  }

  return (
    <fieldset
      id={id}
      className="field choices"
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={options.some((option) => option.hint) ? 'choices__list' : 'chips'}>
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={checked(option.value)}
              onChange={() => toggle(option.value)}
            />
            <span>
              {option.label}
              {option.hint && <small className="chip__hint">{option.hint}</small>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}
