// A measurement as text: the figures with their names (in the interface language) for the scene label, the panel
// and the copied text, so all three say the same. Metres to the millimetre, areas to the cm², angles to 1e-4°.
import type {
  AngleResult,
  AreaResult,
  DistanceResult,
  HeightResult,
  MeasureKind,
  MeasurePoint,
  MeasureResult,
} from '../../analysis/measure/measure.ts';
import type { Language } from '../../config/project-types.ts';

export interface Measurement {
  id: number;
  kind: MeasureKind;
  points: MeasurePoint[];
  result: MeasureResult;
  /** For a one-point height: the ground height it was measured from. */
  groundHeightMeters?: number;
}

type Line = [name: Record<Language, string>, value: string];

export const KIND_NAMES: Record<MeasureKind, Record<Language, string>> = {
  distance: { 'zh-CN': '距离', en: 'Distance' },
  height: { 'zh-CN': '高度', en: 'Height' },
  area: { 'zh-CN': '面积', en: 'Area' },
  angle: { 'zh-CN': '方位角', en: 'Azimuth' },
};

const meters = (value: number) => `${value.toFixed(3)} m`;
const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(3)} m`;
const degrees = (value: number) => `${value.toFixed(4)}°`;
/** 359.99996° shows as 0.0000°, not 360.0000°. */
const azimuth = (value: number) => degrees(Number(value.toFixed(4)) % 360);

function lines(measurement: Measurement): Line[] {
  const { kind, result } = measurement;
  if (kind === 'distance') {
    const r = result as DistanceResult;
    return [
      [{ 'zh-CN': '水平距离', en: 'Horizontal' }, meters(r.horizontalMeters)],
      [{ 'zh-CN': '空间距离', en: 'Spatial' }, meters(r.spatialMeters)],
      [{ 'zh-CN': '高差', en: 'Vertical' }, signed(r.verticalMeters)],
    ];
  }
  if (kind === 'height') return [[{ 'zh-CN': '高度', en: 'Height' }, meters((result as HeightResult).heightMeters)]];
  if (kind === 'area') {
    const r = result as AreaResult;
    return [
      [{ 'zh-CN': `投影面积（${r.crs}）`, en: `Planar area (${r.crs})` }, `${r.planarSquareMeters.toFixed(2)} m²`],
      [{ 'zh-CN': '椭球面积', en: 'Ellipsoid area' }, `${r.ellipsoidSquareMeters.toFixed(2)} m²`],
      [{ 'zh-CN': '周长', en: 'Perimeter' }, meters(r.perimeterMeters)],
    ];
  }
  const r = result as AngleResult;
  return [
    [{ 'zh-CN': '方位角（真北）', en: 'Azimuth (true north)' }, azimuth(r.azimuthDeg)],
    [{ 'zh-CN': '高度角', en: 'Elevation' }, degrees(r.elevationDeg)],
  ];
}

/** "name value" lines for the label and the panel. */
export function measurementLines(measurement: Measurement, language: Language): string[] {
  return lines(measurement).map(([name, value]) => `${name[language]} ${value}`);
}

/** Plain text to copy: the kind, the figures and the points. */
export function measurementText(measurement: Measurement, language: Language): string {
  const points = measurement.points.map(([lon, lat, h]) => `${lon.toFixed(7)}, ${lat.toFixed(7)}, ${h.toFixed(2)}`);
  const pointsName = language === 'en' ? 'Points (lon, lat, height m)' : '点位（经度, 纬度, 高程 m）';
  return [
    `${KIND_NAMES[measurement.kind][language]} #${measurement.id}`,
    ...measurementLines(measurement, language),
    `${pointsName}: ${points.join('; ')}`,
  ].join('\n');
}
