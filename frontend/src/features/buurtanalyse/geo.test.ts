import { describe, expect, it } from 'vitest';
import { classify, project, type Geometry } from './geo';

const square = (x: number, y: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe('project', () => {
  it('fits the geometries into the width with north up and keeps their proportions', () => {
    const { width, height, paths } = project(
      [square(4.39, 51.19, 0.01), square(4.4, 51.19, 0.01)],
      400,
      0,
    );

    expect(width).toBe(400);
    // Two squares side by side: about half as high as wide, taller than 0.5 by Mercator's stretch.
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(330);
    expect(paths[0]).toMatch(/^M0\.0,\d+\.\dL200\.0,/);
    expect(paths[1]).toMatch(/L400\.0,/);
  });

  it('draws every polygon of a multipolygon and every ring of a polygon with a hole', () => {
    const multi: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        square(4.39, 51.19, 0.01).coordinates as number[][][],
        square(4.41, 51.19, 0.01).coordinates as number[][][],
      ],
    };

    const [path] = project([multi], 400).paths;

    expect(path?.match(/M/g)).toHaveLength(2);
    expect(path?.match(/Z/g)).toHaveLength(2);
  });
});

describe('classify', () => {
  it('puts values into equal intervals, the maximum into the last class', () => {
    expect([10, 11.9, 12, 19.99, 20].map((v) => classify(v, 10, 20, 5))).toEqual([0, 0, 1, 4, 4]);
  });

  it('puts every value in the middle class when all values are equal', () => {
    expect(classify(7, 7, 7, 5)).toBe(2);
  });
});
