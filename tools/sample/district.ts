// The whole sample district, generated in memory from one seed: streets, blocks, buildings, renewal units,
// heritage and height zones, the view corridor, pipelines, the two proposal schemes and the health-check layers. Pure: no files.
import { ringCentroid } from '../../src/geometry/ring.ts';
import { buildBlocks, type Block } from './blocks.ts';
import { buildBuildings, type Building } from './buildings.ts';
import { buildHealthLayers, type HealthLayers } from './health.ts';
import { buildHeritageZones, designateHeritage, heritageCore, type HeritageZone } from './heritage.ts';
import { buildNetwork, type Network } from './network.ts';
import { addDeliberateViolations, type SeededViolation } from './pipe-violations.ts';
import { buildPipelines, type PipeNetwork } from './pipelines.ts';
import { createRng } from './prng.ts';
import { buildSchemes, type ProposalSchemes } from './schemes.ts';
import { makeGroundElevation } from './terrain.ts';
import { PROPOSAL_UNIT_ID } from './unit-specs.ts';
import { assignUnits, buildUnits, unitFabric, type RenewalUnit } from './units.ts';
import { buildHeightZones, buildViewCorridor, type HeightZone, type ViewCorridor } from './zones.ts';

export interface District {
  seed: number;
  network: Network;
  blocks: Block[];
  buildings: Building[];
  units: RenewalUnit[];
  heritageZones: HeritageZone[];
  heightZones: HeightZone[];
  corridor: ViewCorridor;
  pipes: PipeNetwork;
  violations: SeededViolation[];
  schemes: ProposalSchemes;
  health: HealthLayers;
}

export const DEFAULT_SEED = 20250101;

export function generateDistrict(seed = DEFAULT_SEED): District {
  const rng = createRng(seed);
  const network = buildNetwork(rng.fork('network'));
  const blocks = buildBlocks(network);
  const units = buildUnits(network);
  const core = heritageCore(network);
  const buildings = buildBuildings(rng.fork('buildings'), blocks, ringCentroid(core), (block) =>
    unitFabric(units, block),
  );
  const landmark = designateHeritage(rng.fork('heritage'), buildings, core);
  assignUnits(buildings, units);
  const corridor = buildViewCorridor(network, landmark);
  // Ground elevation (1985 datum) for wells and the IFC's OrthogonalHeight.
  const groundElevation = makeGroundElevation(network.river.points);
  const pipes = buildPipelines(rng.fork('pipelines'), network, groundElevation);
  const violations = addDeliberateViolations(rng.fork('violations'), network, pipes, buildings, groundElevation);
  const proposalUnit = units.find((unit) => unit.spec.id === PROPOSAL_UNIT_ID)!;
  return {
    seed,
    network,
    blocks,
    buildings,
    units,
    heritageZones: buildHeritageZones(network),
    heightZones: buildHeightZones(network, core, corridor),
    corridor,
    pipes,
    violations,
    schemes: buildSchemes(rng.fork('schemes'), proposalUnit, groundElevation),
    health: buildHealthLayers(rng.fork('health'), network, blocks, buildings),
  };
}
