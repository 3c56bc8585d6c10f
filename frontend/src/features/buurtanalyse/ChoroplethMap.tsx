import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundaryCollection, NeighbourhoodIndicators } from './api';
import { classify, project, type Geometry } from './geo';
import { useIndicatorFormat } from './indicatorFormat';

interface ChoroplethMapProps {
  boundaries: BoundaryCollection;
  analysis: NeighbourhoodIndicators;
}

// A sequential scale in the app's teal, light (low) to dark (high).
const CLASSES = ['#e4efed', '#a9d0c9', '#6faea4', '#35857c', '#1f5f5b'];
const WIDTH = 400;

/**
 * The neighbourhood's sectors coloured by one indicator (SVG, no tiles). The table under it gives
 * the same values for screen readers and keyboard users, and for anyone who cannot tell colours apart.
 */
export function ChoroplethMap({ boundaries, analysis }: ChoroplethMapProps) {
  const { t, i18n } = useTranslation();
  const format = useIndicatorFormat();
  const ids = { select: useId(), title: useId(), table: useId() };
  const mappable = analysis.indicators.filter((i) => i.kind !== 'Count');
  const [selected, setSelected] = useState(
    mappable.find((i) => i.id === 'share_65_plus')?.id ?? mappable[0]?.id ?? '',
  );
  const indicator = mappable.find((i) => i.id === selected);
  if (!indicator || boundaries.features.length === 0) {
    return <p className="muted">{t('buurtanalyse.noMap')}</p>;
  }

  const name = i18n.language.startsWith('en') ? indicator.nameEn : indicator.nameNl;
  const valueOf = (code: string) =>
    analysis.sectors
      .find((s) => s.code === code)
      ?.values.find((v) => v.indicatorId === indicator.id);
  const known = analysis.sectors
    .map((s) => valueOf(s.code))
    .filter((v) => v?.status === 'Available' && v.value !== null && v.value !== undefined)
    .map((v) => v?.value as number);
  const [min, max] = [Math.min(...known), Math.max(...known)];
  const { width, height, paths } = project(
    boundaries.features.map((f) => f.geometry as Geometry),
    WIDTH,
  );

  return (
    <figure className="choropleth">
      <div className="field">
        <label htmlFor={ids.select}>{t('buurtanalyse.mapIndicator')}</label>
        <select id={ids.select} value={selected} onChange={(e) => setSelected(e.target.value)}>
          {mappable.map((i) => (
            <option key={i.id} value={i.id}>
              {i18n.language.startsWith('en') ? i.nameEn : i.nameNl}
            </option>
          ))}
        </select>
      </div>
      <svg
        className="choropleth__map"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={ids.title}
      >
        <title id={ids.title}>{t('buurtanalyse.mapTitle', { indicator: name })}</title>
        <defs>
          <pattern
            id="suppressed-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#f3f3f3" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" strokeWidth="2" />
          </pattern>
        </defs>
        {boundaries.features.map((feature, index) => {
          const value = valueOf(feature.properties.sectorCode);
          const available =
            value?.status === 'Available' && value.value !== null && value.value !== undefined;
          const fill = available
            ? CLASSES[classify(value.value as number, min, max, CLASSES.length)]
            : 'url(#suppressed-hatch)';
          return (
            <path
              key={feature.id}
              d={paths[index]}
              fill={fill}
              fillRule="evenodd"
              stroke="#1c2b2a"
              strokeWidth="1"
            >
              <title>
                {`${feature.properties.sectorName} (${feature.properties.sectorCode}): ${format.cell(indicator.id, indicator.kind, value?.status ?? 'NoData', value?.value)}`}
              </title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="choropleth__legend" aria-label={t('buurtanalyse.legend')}>
          {known.length > 0 &&
            CLASSES.map((colour, index) => (
              <li key={colour}>
                {/* An SVG fill, not an inline style: the content security policy allows no style attributes. */}
                <svg className="swatch" viewBox="0 0 1 1" aria-hidden="true" focusable="false">
                  <rect width="1" height="1" fill={colour} />
                </svg>
                {format.value(
                  indicator.id,
                  indicator.kind,
                  min + ((max - min) * index) / CLASSES.length,
                )}
                {' – '}
                {format.value(
                  indicator.id,
                  indicator.kind,
                  min + ((max - min) * (index + 1)) / CLASSES.length,
                )}
              </li>
            ))}
          <li>
            <span className="swatch swatch--hatched" aria-hidden="true" />
            {t('buurtanalyse.noValue')}
          </li>
        </ul>
        {boundaries.features.some((f) => f.properties.synthetic) && (
          <p className="muted">{t('buurtanalyse.syntheticBoundaries')}</p>
        )}
      </figcaption>
      <div className="table-scroll" role="region" aria-labelledby={ids.table} tabIndex={0}>
        <table className="table" aria-labelledby={ids.table}>
          <caption id={ids.table}>{t('buurtanalyse.sectorValues', { indicator: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('neighbourhoods.code')}</th>
              <th scope="col">{t('neighbourhoods.name')}</th>
              <th scope="col">{name}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.sectors.map((sector) => {
              const value = valueOf(sector.code);
              return (
                <tr key={sector.code}>
                  <td className="code">{sector.code}</td>
                  <td>{sector.name}</td>
                  <td>
                    {format.cell(
                      indicator.id,
                      indicator.kind,
                      value?.status ?? 'NoData',
                      value?.value,
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
