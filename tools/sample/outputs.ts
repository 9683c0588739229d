// Every generated text file of the sample, by path relative to the output root. Pure: the CLI writes them.
import type { District } from './district.ts';
import { featureCollectionText, polygonFeature } from './geojson.ts';
import { writeSchemeIfc } from './ifc-scheme.ts';
import {
  buildingsText,
  facilitiesText,
  greenSpacesText,
  heightZonesText,
  heritageZonesText,
  pipelinesText,
  renewalUnitsText,
  streetsText,
  viewCorridorsText,
  walkNetworkText,
  waterText,
} from './layers-out.ts';
import { projectManifest, proposalsManifest } from './manifest.ts';
import { storyPictureFiles } from './stories.ts';
import { createRng } from './prng.ts';
import { buildingHeightMeters, footprintInDistrict } from './schemes.ts';

export const SAMPLE_DIR = 'assets/sample';
export const CITY_TILESET_DIR = 'tilesets/zhumadian-city';
export const SCHEME_B_TILESET_DIR = 'tilesets/scheme-b';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function schemeBText(district: District): string {
  const { frame, b, unitId } = district.schemes;
  return featureCollectionText(
    'scheme-b',
    b.map((building, n) =>
      polygonFeature([footprintInDistrict(frame, building)], {
        id: `${unitId}-B${n + 1}`,
        name: building.name,
        heightMeters: buildingHeightMeters(building),
        floors: building.floors,
        yearBuilt: 2028,
        structure: building.kind === 'tower' ? '框剪' : '框架',
        use: building.use,
        safetyGrade: 'A',
        renewalUnitId: unitId,
        heritage: 'none',
        scheme: 'B',
      }),
    ),
  );
}

export function sampleFiles(district: District): Map<string, string> {
  const files = new Map<string, string>([
    ['streets.geojson', streetsText(district)],
    ['water.geojson', waterText(district)],
    ['buildings.geojson', buildingsText(district)],
    ['renewal-units.geojson', renewalUnitsText(district)],
    ['heritage-zones.geojson', heritageZonesText(district)],
    ['height-zones.geojson', heightZonesText(district)],
    ['view-corridors.geojson', viewCorridorsText(district)],
    ['pipelines.geojson', pipelinesText(district)],
    ['walk-network.geojson', walkNetworkText(district)],
    ['green-spaces.geojson', greenSpacesText(district)],
    ['facilities.geojson', facilitiesText(district)],
    [
      'pipeline-violations.json',
      json({
        note: '故意设置的管线净距违规（GB 50289-2016），供净距检查测试使用 / seeded clearance violations a check must find',
        violations: district.violations,
      }),
    ],
    ['scheme-a.ifc', writeSchemeIfc(createRng(district.seed).fork('ifc'), district.schemes, '方案A')],
    ['scheme-b.geojson', schemeBText(district)],
    ['proposals.json', json(proposalsManifest(district))],
    ['project.json', json(projectManifest(district))],
    ...storyPictureFiles(),
  ]);
  return new Map([...files].map(([name, text]) => [`${SAMPLE_DIR}/${name}`, text]));
}
