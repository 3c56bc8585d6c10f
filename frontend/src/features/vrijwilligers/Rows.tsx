import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RowsProps<T> {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: T[];
  onChange: (value: T[]) => void;
  empty: T;
  addLabel: string;
  /** One row's controls; `which` is read out after each label so rows can be told apart. */
  children: (
    row: T,
    change: (changes: Partial<T>) => void,
    rowId: string,
    which: ReactNode,
  ) => ReactNode;
}

/** A list of repeated rows (time slots, languages, absences…) with large add and remove buttons. */
export function Rows<T>({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  empty,
  addLabel,
  children,
}: RowsProps<T>) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const change = (index: number, changes: Partial<T>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...changes } : row)));

  return (
    <fieldset
      id={id}
      className="field"
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
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
      {value.map((row, index) => {
        const which = (
          <span className="visually-hidden">
            {' '}
            {t('volunteers.editor.row', { number: index + 1 })}
          </span>
        );
        return (
          <div key={index} className="time-window">
            {children(row, (changes) => change(index, changes), `${id}-${index}`, which)}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('volunteers.editor.remove')}
              {which}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...value, empty])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
