import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/Field';
import { useHelpCategories } from '../hulpvragen/api';
import { NeighbourhoodOptions } from './outcomes/NeighbourhoodOptions';
import {
  channels,
  periodPresets,
  presetOf,
  presetPeriod,
  type PeriodPreset,
  type ReportFilters,
} from './filters';

interface FilterBarProps {
  filters: ReportFilters;
  change: (changes: Partial<Record<keyof ReportFilters, string | undefined>>) => void;
  /** The period the figures on screen cover, to start a custom period from. */
  period: { from: string; to: string } | undefined;
  /** What the API said is wrong with a filter, per filter. */
  errors: Record<string, string>;
}

/** The dashboard's filters: a period (a preset or two dates), neighbourhood, category and channel. */
export function FilterBar({ filters, change, period, errors }: FilterBarProps) {
  const { t, i18n } = useTranslation();
  const categories = useHelpCategories().data?.items ?? [];
  // Dates of one's own may happen to be those of a preset: the choice of "custom" is kept apart.
  const [custom, setCustom] = useState(false);
  const preset = custom ? 'custom' : presetOf(filters);

  function choosePreset(value: PeriodPreset) {
    setCustom(value === 'custom');
    if (value !== 'custom') change(presetPeriod(value));
    else change({ from: filters.from ?? period?.from, to: filters.to ?? period?.to });
  }

  return (
    <form
      className="form panel filter-bar no-print"
      role="search"
      aria-label={t('reporting.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Field id="report-period" label={t('reporting.filters.period')}>
        {(control) => (
          <select
            {...control}
            value={preset}
            onChange={(event) => choosePreset(event.target.value as PeriodPreset)}
          >
            {periodPresets.map((value) => (
              <option key={value} value={value}>
                {t(`reporting.filters.presets.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(preset === 'custom' || errors.from || errors.to) && (
        <div className="field-row">
          {(['from', 'to'] as const).map((end) => (
            <Field
              key={end}
              id={`report-${end}`}
              label={t(`reporting.filters.${end}`)}
              error={errors[end]}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={filters[end] ?? ''}
                  onChange={(event) => change({ [end]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      )}
      <Field
        id="report-neighbourhood"
        label={t('reporting.filters.neighbourhood')}
        error={errors.neighbourhoodId}
      >
        {(control) => (
          <select
            {...control}
            value={filters.neighbourhoodId ?? ''}
            onChange={(event) => change({ neighbourhoodId: event.target.value })}
          >
            <NeighbourhoodOptions empty={t('reporting.filters.allNeighbourhoods')} />
          </select>
        )}
      </Field>
      <Field
        id="report-category"
        label={t('reporting.filters.category')}
        error={errors.categoryCode}
      >
        {(control) => (
          <select
            {...control}
            value={filters.categoryCode ?? ''}
            onChange={(event) => change({ categoryCode: event.target.value })}
          >
            <option value="">{t('reporting.filters.allCategories')}</option>
            {categories.map((category) => (
              <option key={category.code} value={category.code}>
                {i18n.language === 'en' ? category.nameEn : category.nameNl}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-channel" label={t('reporting.filters.channel')} error={errors.channel}>
        {(control) => (
          <select
            {...control}
            value={filters.channel ?? ''}
            onChange={(event) => change({ channel: event.target.value })}
          >
            <option value="">{t('reporting.filters.allChannels')}</option>
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </form>
  );
}
