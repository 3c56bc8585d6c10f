import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../../../components/ui/Field';
import type { Draft, Errors, Field as FieldName } from './draft';

/** What every intake step gets: the draft, its errors and a way to change it. */
export interface StepProps {
  draft: Draft;
  errors: Errors;
  update: (changes: Partial<Draft>) => void;
}

export const fieldId = (field: FieldName | 'step') => `intake-${field}`;

type TextFieldName = {
  [K in FieldName]: Draft[K] extends string ? K : never;
}[FieldName];

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  state: StepProps;
  field: TextFieldName;
  label: string;
  hint?: ReactNode;
}

export function TextField({ state, field, label, hint, ...input }: TextFieldProps) {
  return (
    <Field id={fieldId(field)} label={label} hint={hint} error={state.errors[field]}>
      {(control) => (
        <input
          // Residents' data: the field worker's browser must not offer its own name or address.
          autoComplete="off"
          {...input}
          {...control}
          value={state.draft[field]}
          onChange={(event) => state.update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps {
  state: StepProps;
  field: TextFieldName;
  label: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  disabled?: boolean;
  onChange?: (value: string) => void;
}

export function SelectField({
  state,
  field,
  label,
  placeholder,
  options,
  hint,
  disabled,
  onChange = (value) => state.update({ [field]: value }),
}: SelectFieldProps) {
  return (
    <Field id={fieldId(field)} label={label} hint={hint} error={state.errors[field]}>
      {(control) => (
        <select
          {...control}
          value={state.draft[field]}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
