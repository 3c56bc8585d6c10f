import { useTranslation } from 'react-i18next';
import type { BatchPlan } from './api';

const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = 24;

/**
 * The optimal plan on a plain map drawn from coordinates (no tile server): requests as squares,
 * volunteers as circles, a line for each proposed pairing. The table above says the same in words.
 */
export function PlanMap({ plan }: { plan: BatchPlan }) {
  const { t } = useTranslation();
  const places = [
    ...plan.requests.map((request) => request.location),
    ...plan.volunteers.map((volunteer) => volunteer.home),
  ];
  if (places.length === 0) return null;

  // Equirectangular, with longitude shrunk by the cosine of the mean latitude so distances look right.
  const meanLatitude = places.reduce((sum, p) => sum + p.latitude, 0) / places.length;
  const shrink = Math.cos((meanLatitude * Math.PI) / 180);
  const xs = places.map((p) => p.longitude * shrink);
  const ys = places.map((p) => p.latitude);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const scale = Math.min(
    (WIDTH - 2 * MARGIN) / Math.max(maxX - minX, 1e-4),
    (HEIGHT - 2 * MARGIN) / Math.max(maxY - minY, 1e-4),
  );
  const project = ({ latitude, longitude }: { latitude: number; longitude: number }) => ({
    x: MARGIN + (longitude * shrink - minX) * scale,
    y: HEIGHT - MARGIN - (latitude - minY) * scale,
  });
  const requestAt = new Map(plan.requests.map((r) => [r.helpRequestId, project(r.location)]));
  const volunteerAt = new Map(plan.volunteers.map((v) => [v.volunteerId, project(v.home)]));

  return (
    <figure className="plan-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('volunteers.plan.mapLabel', {
          requests: plan.requests.length,
          volunteers: plan.volunteers.length,
        })}
      >
        {plan.optimal.matches.map((match) => {
          const from = requestAt.get(match.helpRequestId);
          const to = volunteerAt.get(match.candidate.volunteerId);
          return from && to ? (
            <line
              key={match.helpRequestId}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              stroke="#1f5f5b"
              strokeWidth="2"
            />
          ) : null;
        })}
        {plan.volunteers.map((volunteer) => {
          const { x, y } = volunteerAt.get(volunteer.volunteerId)!;
          return (
            <circle key={volunteer.volunteerId} cx={x} cy={y} r="7" fill="#f2b134" stroke="#1c2b2a">
              <title>{volunteer.firstName}</title>
            </circle>
          );
        })}
        {plan.requests.map((request) => {
          const { x, y } = requestAt.get(request.helpRequestId)!;
          return (
            <rect
              key={request.helpRequestId}
              x={x - 6}
              y={y - 6}
              width="12"
              height="12"
              fill="#b5384f"
              stroke="#1c2b2a"
            >
              <title>{t('volunteers.plan.request')}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{t('volunteers.plan.mapLegend')}</figcaption>
    </figure>
  );
}
