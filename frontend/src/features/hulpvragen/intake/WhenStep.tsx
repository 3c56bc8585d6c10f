import { useTranslation } from 'react-i18next';
import { Choices } from '../../../components/ui/Field';
import { today } from '../../../lib/format';
import type { TimeWindow } from '../api';
import { needs, recurrences, weekdays } from './draft';
import { fieldId, TextField, type StepProps } from './fields';

export function WhenStep(step: StepProps) {
  const { t } = useTranslation();
  const { draft, errors, update } = step;

  return (
    <>
      <Choices
        id={fieldId('recurrence')}
        legend={t('intake.fields.recurrence')}
        options={recurrences.map((value) => ({ value, label: t(`recurrences.${value}`) }))}
        value={draft.recurrence}
        onChange={(value) => update({ recurrence: value as typeof draft.recurrence })}
        error={errors.recurrence}
      />
      <TextField
        state={step}
        field="wishedFrom"
        label={t('intake.fields.wishedFrom')}
        hint={t('intake.hints.optional')}
        type="date"
        min={today()}
      />
      <TimeWindows
        value={draft.timeWindows}
        onChange={(timeWindows) => update({ timeWindows })}
        error={errors.timeWindows}
      />
      <Choices
        multiple
        id={fieldId('needs')}
        legend={t('intake.fields.needs')}
        options={needs.map((value) => ({ value, label: t(`needs.${value}`) }))}
        value={draft.needs}
        onChange={(value) => update({ needs: value })}
        error={errors.needs}
      />
    </>
  );
}

function TimeWindows({
  value,
  onChange,
  error,
}: {
  value: TimeWindow[];
  onChange: (value: TimeWindow[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = fieldId('timeWindows');
  const change = (index: number, changes: Partial<TimeWindow>) =>
    onChange(value.map((window, i) => (i === index ? { ...window, ...changes } : window)));

  return (
    <fieldset
      id={id}
      className="field"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('intake.fields.timeWindows')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('intake.hints.timeWindows')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {value.map((window, index) => {
        const rowId = `${id}-${index}`;
        const which = (
          <span className="visually-hidden">
            {' '}
            {t('intake.timeWindow.which', { number: index + 1 })}
          </span>
        );
        return (
          <div key={index} className="time-window">
            <label htmlFor={`${rowId}-day`}>
              {t('intake.timeWindow.day')}
              {which}
            </label>
            <select
              id={`${rowId}-day`}
              value={window.day}
              onChange={(event) => change(index, { day: event.target.value as TimeWindow['day'] })}
            >
              {weekdays.map((day) => (
                <option key={day} value={day}>
                  {t(`weekdays.${day}`)}
                </option>
              ))}
            </select>
            <label htmlFor={`${rowId}-from`}>
              {t('intake.timeWindow.from')}
              {which}
            </label>
            <input
              id={`${rowId}-from`}
              type="time"
              value={window.from}
              onChange={(event) => change(index, { from: event.target.value })}
            />
            <label htmlFor={`${rowId}-until`}>
              {t('intake.timeWindow.until')}
              {which}
            </label>
            <input
              id={`${rowId}-until`}
              type="time"
              value={window.until}
              onChange={(event) => change(index, { until: event.target.value })}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('intake.timeWindow.remove')}
              {which}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...value, { day: 'Monday', from: '09:00', until: '12:00' }])}
      >
        {t('intake.timeWindow.add')}
      </button>
    </fieldset>
  );
}
