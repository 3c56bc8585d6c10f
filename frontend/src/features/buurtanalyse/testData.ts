import type { BoundaryCollection, DatasetImport, NeighbourhoodIndicators } from './api';

export const kielId = '0190f3a2-0000-7000-8000-0000000000b1';

export const kielNeighbourhood = {
  id: kielId,
  name: 'Kiel',
  municipalityNis: '11002',
  municipalityName: 'Antwerpen',
  sectors: [
    { code: '11002F60-', name: 'Kiel - Centrum (Kiel)' },
    { code: '11002F61-', name: 'Boomse Stwg-Beerschot (Kiel)' },
  ],
};

const polygon = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 51.19],
      [x + 0.005, 51.19],
      [x + 0.005, 51.194],
      [x, 51.194],
      [x, 51.19],
    ],
  ],
});

export const kielBoundaries: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '11002F60-',
      geometry: polygon(4.39),
      properties: { sectorCode: '11002F60-', sectorName: 'Kiel - Centrum (Kiel)', synthetic: true },
    },
    {
      type: 'Feature',
      id: '11002F61-',
      geometry: polygon(4.395),
      properties: {
        sectorCode: '11002F61-',
        sectorName: 'Boomse Stwg-Beerschot (Kiel)',
        synthetic: true,
      },
    },
  ],
};

export const kielIndicators: NeighbourhoodIndicators = {
  neighbourhoodId: kielId,
  name: 'Kiel',
  municipalityName: 'Antwerpen',
  containsSyntheticData: true,
  indicators: [
    {
      id: 'share_increased_allowance',
      nameNl: 'Aandeel met verhoogde tegemoetkoming',
      nameEn: 'Share with increased health insurance allowance',
      kind: 'Share',
      better: 'Lower',
      latest: {
        year: 2024,
        status: 'Available',
        value: 31.5,
        numerator: 1260,
        denominator: 4000,
        suppressedSectors: [],
        missingSectors: [],
        reason: null,
      },
      trend: {
        direction: 'Rising',
        fromYear: 2022,
        toYear: 2024,
        absoluteChange: 1.5,
        relativeChange: 5,
        points: [
          { year: 2022, status: 'Available', value: 30 },
          { year: 2023, status: 'Suppressed', value: null },
          { year: 2024, status: 'Available', value: 31.5 },
        ],
      },
      comparisons: [
        {
          area: 'Antwerpen',
          year: 2024,
          value: 17.2,
          source: 'Computed from the same sector figures',
          difference: 14.3,
          unit: 'PercentagePoints',
          direction: 'Above',
          threshold: 5,
          isFlagged: true,
          assessment: 'Unfavourable',
        },
        {
          area: 'Vlaanderen',
          year: 2017,
          value: 15.3,
          source: 'Sickness funds (IMA data)',
          difference: 16.2,
          unit: 'PercentagePoints',
          direction: 'Above',
          threshold: 5,
          isFlagged: true,
          assessment: 'Unfavourable',
        },
      ],
    },
    {
      id: 'share_85_plus',
      nameNl: 'Aandeel 85-plussers',
      nameEn: 'Share of residents aged 85 and over',
      kind: 'Share',
      better: 'None',
      latest: {
        year: 2024,
        status: 'Suppressed',
        value: null,
        numerator: null,
        denominator: null,
        suppressedSectors: ['11002F60-'],
        missingSectors: [],
        reason:
          'Suppressed: a figure of sector 11002F60- is confidential (C), so the aggregate is too.',
      },
      trend: {
        direction: 'Unknown',
        fromYear: null,
        toYear: null,
        absoluteChange: null,
        relativeChange: null,
        points: [],
      },
      comparisons: [],
    },
  ],
  sectors: [
    {
      code: '11002F60-',
      name: 'Kiel - Centrum (Kiel)',
      values: [
        { indicatorId: 'share_increased_allowance', year: 2024, status: 'Available', value: 35 },
        { indicatorId: 'share_85_plus', year: 2024, status: 'Suppressed', value: null },
      ],
    },
    {
      code: '11002F61-',
      name: 'Boomse Stwg-Beerschot (Kiel)',
      values: [
        { indicatorId: 'share_increased_allowance', year: 2024, status: 'Available', value: 28 },
        { indicatorId: 'share_85_plus', year: 2024, status: 'Available', value: 2.1 },
      ],
    },
  ],
};

export const rejectedImport: DatasetImport = {
  id: '0190f3a2-0000-7000-8000-0000000000c1',
  kind: 'IndicatorValues',
  year: null,
  fileName: 'indicatoren.csv',
  fileBytes: 120,
  status: 'Rejected',
  isSynthetic: false,
  importedBy: 'Sanne Peeters',
  startedAt: '2026-11-22T21:00:00Z',
  finishedAt: '2026-11-22T21:00:01Z',
  acceptedRows: 2,
  rejectedRows: 1,
  skippedRows: 0,
  storedValues: 0,
  firstYear: null,
  lastYear: null,
  fatalError: null,
  progress: null,
  rejections: [{ line: 3, feature: null, reason: "value: 'veel' is not a number." }],
};
