// The figures' text, shared by the scene label, the panel and the copied text, in both languages.
import { describe, expect, it } from 'vitest';
import { measurementLines, measurementText, type Measurement } from '../../../src/app/measure/measure-text.ts';

const area: Measurement = {
  id: 3,
  kind: 'area',
  points: [
    [114.01, 32.95, 0],
    [114.02, 32.95, 0],
    [114.02, 32.96, 0],
  ],
  result: {
    planarSquareMeters: 520_000.004,
    ellipsoidSquareMeters: 519_999.9,
    perimeterMeters: 3_500.1234,
    crs: 'EPSG:4547',
  },
};

describe('measurement text', () => {
  it('names every figure with its unit, the area with its plane', () => {
    expect(measurementLines(area, 'zh-CN')).toEqual([
      '投影面积（EPSG:4547） 520000.00 m²',
      '椭球面积 519999.90 m²',
      '周长 3500.123 m',
    ]);
    expect(measurementLines(area, 'en')).toEqual([
      'Planar area (EPSG:4547) 520000.00 m²',
      'Ellipsoid area 519999.90 m²',
      'Perimeter 3500.123 m',
    ]);
    const distance: Measurement = {
      id: 1,
      kind: 'distance',
      points: [
        [114, 33, 5],
        [114.001, 33, 0],
      ],
      result: { horizontalMeters: 93.5, spatialMeters: 93.6, verticalMeters: -5 },
    };
    expect(measurementLines(distance, 'en')).toEqual(['Horizontal 93.500 m', 'Spatial 93.600 m', 'Vertical -5.000 m']);
    const angle: Measurement = {
      id: 2,
      kind: 'angle',
      points: [
        [114, 33, 0],
        [114, 33.1, 0],
      ],
      result: { azimuthDeg: 359.99995, elevationDeg: -0.5 },
    };
    expect(measurementLines(angle, 'zh-CN')).toEqual(['方位角（真北） 0.0000°', '高度角 -0.5000°']);
  });

  it('the copied text has the kind, the figures and the points', () => {
    expect(measurementText(area, 'en').split('\n')).toEqual([
      'Area #3',
      'Planar area (EPSG:4547) 520000.00 m²',
      'Ellipsoid area 519999.90 m²',
      'Perimeter 3500.123 m',
      'Points (lon, lat, height m): 114.0100000, 32.9500000, 0.00; 114.0200000, 32.9500000, 0.00; 114.0200000, 32.9600000, 0.00',
    ]);
  });
});
