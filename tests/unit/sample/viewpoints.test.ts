import { describe, expect, it } from 'vitest';
import { lonLatToLocal } from '../../../tools/sample/frame.ts';
import type { CameraView } from '../../../src/config/project-types.ts';
import { containsPoint, features, outerRing, sample } from './fixture.ts';

const manifest = JSON.parse(sample().files.get('assets/sample/project.json')!) as {
  home: CameraView;
  viewpoints: { id: string; title: { 'zh-CN': string; en: string }; view: CameraView }[];
};
const district = outerRing(features('height-zones.geojson').find((z) => z.properties.id === 'HZ-01')!);

/** Where the view ray through the screen centre meets the ground (ellipsoid height 0), in local metres. */
function groundHit(view: CameraView): [number, number] {
  const toRad = Math.PI / 180;
  const reach = view.heightMeters / Math.tan(-view.pitchDeg * toRad);
  const [x, y] = lonLatToLocal(view.lon, view.lat);
  return [x + reach * Math.sin(view.headingDeg * toRad), y + reach * Math.cos(view.headingDeg * toRad)];
}

describe('sample viewpoints', () => {
  const views = [{ id: 'home', view: manifest.home }, ...manifest.viewpoints];

  it('has 4–6 viewpoints titled in Chinese and English', () => {
    expect(manifest.viewpoints.length).toBeGreaterThanOrEqual(4);
    expect(manifest.viewpoints.length).toBeLessThanOrEqual(6);
    for (const v of manifest.viewpoints) expect(v.title['zh-CN'] && v.title.en, v.id).toBeTruthy();
  });

  it.each(views)('$id looks down into the district, not at the sky', ({ view }) => {
    expect(view.pitchDeg).toBeLessThan(0);
    expect(view.pitchDeg).toBeGreaterThan(-90);
    expect(containsPoint(district, groundHit(view))).toBe(true);
  });

  it('the street-level view looks along the view corridor at the clock tower', () => {
    const street = manifest.viewpoints.find((v) => v.id === 'street-corridor')!.view;
    const corridor = features('view-corridors.geojson')[0]!.properties as { eye: number[]; target: number[] };
    const eye = lonLatToLocal(corridor.eye[0]!, corridor.eye[1]!);
    const target = lonLatToLocal(corridor.target[0]!, corridor.target[1]!);
    const heading = (Math.atan2(target[0] - eye[0], target[1] - eye[1]) * 180) / Math.PI;
    expect(Math.abs(((street.headingDeg - heading + 540) % 360) - 180)).toBeLessThan(1);
    expect(street.heightMeters).toBeLessThan(20);
  });

  it('marks the street-level view, and only it, as eye-level (the review report draws skylines from it)', () => {
    const eyeLevel = manifest.viewpoints.filter((v) => (v as { eyeLevel?: boolean }).eyeLevel).map((v) => v.id);
    expect(eyeLevel).toEqual(['street-corridor']);
  });
});
