// The health-check feature (城市体检): reads the green-space, walk-network and facility layers (by role, whether shown
// or not), takes the homes of the city as shown, as it stands or with a scheme in place, and runs park coverage,
// life circles and the indicators on them. Data problems go to the error area once per feature.
import type { BuildingRecord } from '../../analysis/building-record.ts';
import { inSchemes, readFacilities, readGreenSpaces, readWalkLines } from '../../analysis/health/health-features.ts';
import { homesOf } from '../../analysis/health/health-homes.ts';
import { heritageAtRisk } from '../../analysis/health/heritage-risk.ts';
import { healthIndicators, type HealthIndicator } from '../../analysis/health/health-indicators.ts';
import type { HealthProblem } from '../../analysis/health/health-problem.ts';
import { type HealthScene, prepareHealthScene } from '../../analysis/health/health-scene.ts';
import type { LifeCircleMinutes } from '../../analysis/health/health-thresholds.ts';
import { categoryDistances, lifeCircle, type LifeCircleResult } from '../../analysis/health/life-circle.ts';
import { type LifeCircleGaps, lifeCircleGaps } from '../../analysis/health/life-circle-gaps.ts';
import { type ParkCoverage, parkCoverage } from '../../analysis/health/park-coverage.ts';
import { type ServiceArea, serviceAreas } from '../../analysis/health/service-area.ts';
import type { DistanceMode } from '../../analysis/health/site-distances.ts';
import { checkHeights } from '../../analysis/townscape/height-check.ts';
import { retryingMemo } from '../../shared/retrying-memo.ts';
import type { App } from '../app.ts';
import type { BuildingInputs } from '../building-inputs.ts';
import { reportError } from '../errors.ts';
import { createTownscapeInputs } from '../townscape/townscape-inputs.ts';
import { featuresOf, roleLayer, withBuildings } from '../units/renewal-data.ts';
import type { Renewal } from '../units/renewal-feature.ts';

/** Uses counted as homes when the project's sunlight section does not list its own. */
const DEFAULT_RESIDENTIAL_USES = ['居住', '住宅'];

export interface HealthSceneRun {
  scene: HealthScene;
  /** The scene's buildings, for the height check. */
  buildings: BuildingRecord[];
  /** Renewal unit id by building feature id. */
  unitOf: Map<string, string>;
}

export interface Health {
  scene(schemeId: string | undefined, method: string): Promise<HealthSceneRun>;
  parkCoverage(run: HealthSceneRun, mode: DistanceMode): ParkCoverage;
  lifeCircles(run: HealthSceneRun, minutes: readonly LifeCircleMinutes[]): LifeCircleResult[];
  indicators(run: HealthSceneRun): Promise<HealthIndicator[]>;
  serviceAreas(run: HealthSceneRun, mode: DistanceMode): ServiceArea[];
  /** Undefined for an unknown category id. */
  lifeCircleGaps(run: HealthSceneRun, categoryId: string): LifeCircleGaps | undefined;
}

export function createHealth(
  app: App,
  buildings: BuildingInputs,
  renewal: Renewal,
  pipeViolations: () => number | undefined,
  /** Buildings above the townscape tab's skyline control line; null when none is checked. */
  skylineBreaches: (buildings: readonly BuildingRecord[]) => readonly { featureId: string }[] | null,
): Health {
  const townscape = createTownscapeInputs(app, buildings);
  const report = (problems: HealthProblem[]) => {
    for (const p of problems) reportError(app.store, p.source, `${p.featureId}: ${p.message}`);
  };
  /** The three role layers, read and their problems reported once. */
  const layers = retryingMemo(async (_: 'layers') => {
    const [green, walk, facilities] = (['green-spaces', 'walk-network', 'facilities'] as const).map((role) =>
      roleLayer(app, role),
    );
    const [greenFeatures, walkFeatures, facilityFeatures] = await Promise.all(
      [green, walk, facilities].map((layer) => featuresOf(app, layer)),
    );
    const greenSpaces = readGreenSpaces(greenFeatures, green?.url ?? '');
    const walkLines = readWalkLines(walkFeatures, walk?.url ?? '');
    const sites = readFacilities(facilityFeatures, facilities?.url ?? '');
    report([...greenSpaces.problems, ...walkLines.problems, ...sites.problems]);
    const proposals = app.project()?.townscape.proposalLayers ?? [];
    for (const [layer, items] of [
      [green, greenSpaces.items],
      [facilities, sites.items],
    ] as const)
      for (const item of items)
        if (item.scheme !== null && !proposals.includes(item.scheme))
          reportError(
            app.store,
            layer?.url ?? '',
            `${item.id}: "scheme" is '${item.scheme}', not a proposal layer (townscape.proposalLayers); never counted`,
          );
    return {
      greenSpaces: greenSpaces.items,
      walkLines: walk ? walkLines.items : null,
      networkSource: walk?.url ?? '',
      facilities: sites.items,
    };
  });
  const networkProblemsReported = new Set<string>();

  const walkingSpeed = () => app.project()?.health?.walkingSpeedMetersPerSecond;
  const circleMode = (run: HealthSceneRun): DistanceMode => (run.scene.network ? 'network' : 'straight');
  // The panel, the indicators and the overlay ask for the same run's coverage and distances several times.
  const coverageOf = perRun((run, mode: DistanceMode) => parkCoverage(run.scene, mode));
  const distancesOf = perRun((run, mode: DistanceMode) => categoryDistances(run.scene, mode));

  return {
    async scene(schemeId, method) {
      const project = app.project();
      const [layerData, cityBuildings, renewalData] = await Promise.all([
        layers.get('layers'),
        buildings.schemeBuildings(schemeId, method),
        renewal.loaded,
      ]);
      const { units, unitOfBuilding } = withBuildings(renewalData, cityBuildings);
      const unitOf = new Map([...unitOfBuilding].map(([featureId, u]) => [featureId, units[u]!.id]));
      const homes = homesOf(
        cityBuildings,
        renewalData.attributes,
        project?.sunlight?.residentialUses ?? DEFAULT_RESIDENTIAL_USES,
        (building) => unitOf.get(building.featureId) ?? null,
      );
      const schemes = buildings.schemesInPlace(schemeId);
      const scene = prepareHealthScene({
        homes,
        ...layerData,
        greenSpaces: inSchemes(layerData.greenSpaces, schemes),
        facilities: inSchemes(layerData.facilities, schemes),
      });
      // The network is the same for every scheme: its problems are reported once.
      report(scene.problems.filter((p) => !networkProblemsReported.has(`${p.featureId}${p.message}`)));
      for (const p of scene.problems) networkProblemsReported.add(`${p.featureId}${p.message}`);
      return { scene, buildings: cityBuildings, unitOf };
    },
    parkCoverage: coverageOf,
    lifeCircles(run, minutes) {
      const distances = distancesOf(run, circleMode(run));
      return minutes.map((m) => lifeCircle(run.scene, distances, m, walkingSpeed()));
    },
    serviceAreas: perRun((run, mode: DistanceMode) => serviceAreas(run.scene, mode)),
    lifeCircleGaps: (run, categoryId) =>
      lifeCircleGaps(run.scene, distancesOf(run, circleMode(run)), categoryId, walkingSpeed()),
    async indicators(run) {
      const zones = await townscape.heightZones();
      const heightViolations = checkHeights(run.buildings, zones).violations.map((v) => ({
        unitId: run.unitOf.get(v.featureId) ?? null,
      }));
      const pipeClearanceFailures = pipeViolations();
      const withUnit = (items: readonly { featureId: string }[]) =>
        items.map((item) => ({ unitId: run.unitOf.get(item.featureId) ?? null }));
      const breaches = skylineBreaches(run.buildings);
      const { attributes } = await renewal.loaded;
      const atRisk = heritageAtRisk(run.buildings, await buildings.existingBuildings(), attributes);
      return healthIndicators({
        scene: run.scene,
        parkNetwork: run.scene.network ? coverageOf(run, 'network') : null,
        parkStraight: coverageOf(run, 'straight'),
        circles: this.lifeCircles(run, [5, 10, 15]),
        ...(zones.length > 0 ? { heightViolations } : {}),
        ...(pipeClearanceFailures !== undefined ? { pipeClearanceFailures } : {}),
        ...(breaches ? { skylineBreakers: withUnit(breaches) } : {}),
        heritageAtRisk: withUnit(atRisk),
        targets: app.project()?.health?.targets ?? {},
      });
    },
  };
}

/** `compute` once per scene run and key; a run's results go with it. */
function perRun<K, V>(compute: (run: HealthSceneRun, key: K) => V): (run: HealthSceneRun, key: K) => V {
  const cache = new WeakMap<HealthSceneRun, Map<K, V>>();
  return (run, key) => {
    let byKey = cache.get(run);
    if (!byKey) cache.set(run, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, compute(run, key));
    return byKey.get(key)!;
  };
}
