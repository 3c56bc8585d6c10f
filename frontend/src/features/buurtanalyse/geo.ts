/** A GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude. */
export type Geometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

interface Projected {
  width: number;
  height: number;
  /** The SVG path of each geometry, in the same order. */
  paths: string[];
}

const mercatorY = (latitude: number) =>
  Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) * (180 / Math.PI);

const polygonsOf = (geometry: Geometry): number[][][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/**
 * Projects geometries with Web Mercator and fits them into a box `width` wide, keeping the aspect
 * ratio: at the scale of a neighbourhood that is all a map needs, without a tile server.
 */
export function project(geometries: Geometry[], width: number, padding = 8): Projected {
  const rings = geometries.flatMap((geometry) => polygonsOf(geometry).flat());
  const xs = rings.flatMap((ring) => ring.map(([x = 0]) => x));
  const ys = rings.flatMap((ring) => ring.map(([, y = 0]) => mercatorY(y)));
  if (xs.length === 0) return { width, height: 0, paths: geometries.map(() => '') };

  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const scale = (width - 2 * padding) / Math.max(maxX - minX, maxY - minY, 1e-9);
  const height = Math.round((maxY - minY) * scale + 2 * padding);
  const point = ([x = 0, y = 0]: number[]) =>
    `${((x - minX) * scale + padding).toFixed(1)},${((maxY - mercatorY(y)) * scale + padding).toFixed(1)}`;

  return {
    width,
    height,
    paths: geometries.map((geometry) =>
      polygonsOf(geometry)
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`))
        .join(''),
    ),
  };
}

/** Equal-interval classes for a choropleth: the index (0 … count−1) of a value between min and max. */
export function classify(value: number, min: number, max: number, count: number): number {
  if (max <= min) return Math.floor(count / 2);
  return Math.min(count - 1, Math.floor(((value - min) / (max - min)) * count));
}
