import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One bar: a value to draw (null when hidden, then no bar is drawn) and the text beside it. */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  text: string;
}

interface ChartFigureProps {
  title: string;
  chart: (labelledBy: string) => ReactNode;
  /** The same figures as a table. */
  table: ReactNode;
  /** Whether the table is on screen anyway; otherwise it opens under the chart. */
  tableShown?: boolean;
}

/**
 * A chart with its title, and the same figures as a table for screen readers, keyboard users and
 * anyone who reads numbers better than bars.
 */
export function ChartFigure({ title, chart, table, tableShown = false }: ChartFigureProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <figure className="chart">
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      {chart(captionId)}
      {tableShown ? (
        table
      ) : (
        <details className="chart__table">
          <summary>{t('reporting.showTable')}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

/** The longest bar's value; 1 when there is nothing to draw, so no bar divides by zero. */
const scaleOf = (bars: Bar[]) => Math.max(1, ...bars.map((bar) => bar.value ?? 0));

/**
 * Horizontal bars, one row each: the label, the bar (an SVG, so no inline style is needed for its
 * width) and the value. A hidden count has no bar, only its sign.
 */
export function HorizontalBars({
  bars,
  labelledBy,
  max = scaleOf(bars),
}: {
  bars: Bar[];
  labelledBy: string;
  max?: number;
}) {
  return (
    <div className="bar-chart" role="img" aria-labelledby={labelledBy}>
      {bars.map((bar) => (
        <div key={bar.key} className="bar-chart__row">
          <span className="bar-chart__label">{bar.label}</span>
          <svg
            className="bar-chart__bar"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            {bar.value !== null && bar.value > 0 && (
              <rect
                className="chart__fill"
                width={(100 * bar.value) / max}
                height="10"
                data-value={bar.value}
              />
            )}
          </svg>
          <span className={bar.value === null ? 'bar-chart__value withheld' : 'bar-chart__value'}>
            {bar.text}
          </span>
        </div>
      ))}
    </div>
  );
}

const COLUMN_WIDTH = 48;
const CHART_HEIGHT = 160;
const LABEL_ROOM = 22;
const VALUE_ROOM = 18;

/** Vertical bars in one SVG, e.g. a count per month, with the value over each bar. */
export function ColumnChart({ bars, labelledBy }: { bars: Bar[]; labelledBy: string }) {
  const max = scaleOf(bars);
  const plot = CHART_HEIGHT - LABEL_ROOM - VALUE_ROOM;
  const width = Math.max(bars.length, 1) * COLUMN_WIDTH;
  const baseline = CHART_HEIGHT - LABEL_ROOM;
  // A long period gets a label every so many columns, and no values over the bars: they would
  // overlap. The table beside the chart has them all.
  const labelEvery = Math.ceil(bars.length / 12);
  const showValues = bars.length <= 24;
  return (
    <svg
      className="column-chart"
      viewBox={`0 0 ${width} ${CHART_HEIGHT}`}
      role="img"
      aria-labelledby={labelledBy}
    >
      <line className="chart__axis" x1="0" x2={width} y1={baseline} y2={baseline} />
      {bars.map((bar, index) => {
        const height = bar.value === null ? 0 : (plot * bar.value) / max;
        const x = index * COLUMN_WIDTH;
        const centre = x + COLUMN_WIDTH / 2;
        return (
          <g key={bar.key}>
            {height > 0 && (
              <rect
                className="chart__fill"
                x={x + 8}
                y={baseline - height}
                width={COLUMN_WIDTH - 16}
                height={height}
                data-value={bar.value}
              />
            )}
            {showValues && (
              <text
                className={bar.value === null ? 'chart__value withheld' : 'chart__value'}
                x={centre}
                y={baseline - height - 5}
                textAnchor="middle"
              >
                {bar.text}
              </text>
            )}
            {index % labelEvery === 0 && (
              <text className="chart__label" x={centre} y={CHART_HEIGHT - 6} textAnchor="middle">
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
