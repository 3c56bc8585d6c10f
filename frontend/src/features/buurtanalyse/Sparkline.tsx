import type { IndicatorRow } from './api';

interface SparklineProps {
  points: IndicatorRow['trend']['points'];
  label: string;
}

const WIDTH = 96;
const HEIGHT = 28;

/**
 * A trend as a small inline line. A year without a value (confidential, not computable) is a gap,
 * not a zero. The label says in words what the line shows.
 */
export function Sparkline({ points, label }: SparklineProps) {
  const known = points
    .filter((p) => p.value !== null && p.value !== undefined)
    .map((p) => p.value as number);
  if (points.length < 2 || known.length === 0) return null;

  const [min, max] = [Math.min(...known), Math.max(...known)];
  const x = (index: number) => 2 + (index * (WIDTH - 4)) / (points.length - 1);
  const y = (value: number) =>
    max === min ? HEIGHT / 2 : HEIGHT - 3 - ((value - min) * (HEIGHT - 6)) / (max - min);

  // Consecutive known years form one segment; a gap starts a new one.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((point, index) => {
    if (point.value === null || point.value === undefined) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
    }
  });
  if (current.length > 0) segments.push(current.join(' '));
  const last = points.findLastIndex((p) => p.value !== null && p.value !== undefined);

  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      {segments.map((segment) => (
        <polyline
          key={segment}
          points={segment}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      ))}
      <circle cx={x(last)} cy={y(points[last]?.value ?? 0)} r="2.5" fill="currentColor" />
    </svg>
  );
}
