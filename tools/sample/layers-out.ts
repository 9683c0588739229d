// The overlay layers of the district as GeoJSON FeatureCollections (DESIGN §3 property names).
import { signedArea } from '../../src/geometry/ring.ts';
import type { District } from './district.ts';
import { localToLonLat } from './frame.ts';
import { featureCollectionText, lineFeature, pointFeature, polygonFeature } from './geojson.ts';
import { footprintInDistrict, pointInDistrict } from './schemes.ts';
import { offsetPolyline } from './geom.ts';
import type { PipeSegment, Well } from './pipelines.ts';

export function buildingsText(district: District): string {
  return featureCollectionText(
    'buildings',
    district.buildings.map((b) =>
      polygonFeature([b.ring], {
        id: b.id,
        name: b.name,
        heightMeters: b.heightMeters,
        floors: b.floors,
        yearBuilt: b.yearBuilt,
        structure: b.structure,
        use: b.use,
        safetyGrade: b.safetyGrade,
        renewalUnitId: b.renewalUnitId,
        heritage: b.heritage,
      }),
    ),
  );
}

export function streetsText(district: District): string {
  const { arterials, branches } = district.network;
  return featureCollectionText(
    'streets',
    [...arterials, ...branches].map((s) =>
      lineFeature(s.points, { id: s.id, name: s.name, class: s.streetClass, widthMeters: s.widthMeters }),
    ),
  );
}

export function waterText(district: District): string {
  const river = district.network.river;
  const half = river.widthMeters / 2;
  const ring = [...offsetPolyline(river.points, -half), ...offsetPolyline(river.points, half).reverse()];
  return featureCollectionText('water', [
    polygonFeature([ring], { id: 'W-01', name: river.name, kind: '河道', widthMeters: river.widthMeters }),
  ]);
}

export function renewalUnitsText(district: District): string {
  return featureCollectionText(
    'renewal-units',
    district.units.map(({ spec, polygon }) =>
      polygonFeature([polygon], {
        id: spec.id,
        name: spec.name,
        category: spec.category,
        mode: spec.mode,
        phase: spec.phase,
        controls: spec.controls,
        areaSquareMeters: Math.round(signedArea(polygon)),
      }),
    ),
  );
}

export function heritageZonesText(district: District): string {
  return featureCollectionText(
    'heritage-zones',
    district.heritageZones.map((z) =>
      polygonFeature(z.rings, { id: z.id, zone: z.zone, name: z.name, limitMeters: z.limitMeters, rules: z.rules }),
    ),
  );
}

export function heightZonesText(district: District): string {
  return featureCollectionText(
    'height-zones',
    district.heightZones.map((z) =>
      polygonFeature([z.ring], { id: z.id, name: z.name, limitMeters: z.limitMeters, basis: z.basis }),
    ),
  );
}

/** The sight line in 3D (eye and target heights as z), with the same numbers in its properties. */
export function viewCorridorsText(district: District): string {
  const c = district.corridor;
  const eye = [...localToLonLat(c.eye), c.eyeHeightMeters];
  const target = [...localToLonLat(c.target), c.targetHeightMeters];
  return featureCollectionText('view-corridors', [
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [eye, target] },
      properties: { id: c.id, name: c.name, eye, target, halfWidthMeters: c.halfWidthMeters },
    },
  ]);
}

function segmentProperties(s: PipeSegment): Record<string, unknown> {
  const size =
    s.section.section === 'circle'
      ? { diameterMm: s.section.diameterMm }
      : { widthMm: s.section.widthMm, heightMm: s.section.heightMm };
  return {
    id: s.id,
    class: s.pipeClass,
    subtype: s.subtype,
    section: s.section.section,
    ...size,
    startDepthM: s.startDepthM,
    endDepthM: s.endDepthM,
    material: s.material,
    ...(s.pressure ? { pressure: s.pressure } : {}),
    yearLaid: s.yearLaid,
    street: s.streetName,
    startWellId: s.startWellId,
    endWellId: s.endWellId,
  };
}

function wellProperties(w: Well): Record<string, unknown> {
  return { id: w.id, class: w.pipeClass, wellType: w.kind, groundElevationM: w.groundElevationM, depthM: w.depthM };
}

export function pipelinesText(district: District): string {
  const { segments, wells } = district.pipes;
  return featureCollectionText('pipelines', [
    ...segments.map((s) => lineFeature(s.points, segmentProperties(s))),
    ...wells.map((w) => pointFeature(w.point, wellProperties(w))),
  ]);
}

export function walkNetworkText(district: District): string {
  return featureCollectionText(
    'walk-network',
    district.health.walkways.map((w) => lineFeature(w.points, { id: w.id, name: w.name })),
  );
}

/** Scheme B's pocket park and kindergarten carry `scheme: 'scheme-b'`: the health check counts them with it only. */
const SCHEME_B = 'scheme-b';

export function greenSpacesText(district: District): string {
  const { frame, bPark, unitId } = district.schemes;
  const parkRing = footprintInDistrict(frame, bPark);
  return featureCollectionText('green-spaces', [
    ...district.health.greenSpaces.map((g) =>
      polygonFeature([g.ring], {
        id: g.id,
        name: g.name,
        kind: g.kind,
        areaSquareMeters: Math.round(signedArea(g.ring)),
      }),
    ),
    polygonFeature([parkRing], {
      id: `${unitId}-B-park`,
      name: bPark.name,
      kind: '口袋公园',
      areaSquareMeters: Math.round(signedArea(parkRing)),
      scheme: SCHEME_B,
    }),
  ]);
}

export function facilitiesText(district: District): string {
  const { frame, bKindergarten, unitId } = district.schemes;
  return featureCollectionText('facilities', [
    ...district.health.facilities.map((f) => pointFeature(f.point, { id: f.id, name: f.name, category: f.category })),
    pointFeature(pointInDistrict(frame, bKindergarten.centre), {
      id: `${unitId}-B-kindergarten`,
      name: bKindergarten.name,
      category: 'kindergarten',
      scheme: SCHEME_B,
    }),
  ]);
}
