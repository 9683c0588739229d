// Which (point, time step) pairs see the Sun: one ray per pair from the point towards the Sun, tested against the
// obstacles' triangles through a bounding-volume hierarchy (three-mesh-bvh) — exact ray–triangle tests, no shadow map.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { OccluderMesh } from './occluder-mesh.ts';

/** Rays start this far from the point, so a sill point lying on its own facade does not hit that facade. */
const RAY_START_METERS = 0.01;

export interface SunRayCaster {
  /** Whether nothing lies between (x, y, z) and the Sun in direction `towardsSun` (a unit vector, up > 0). */
  sees(x: number, y: number, z: number, towardsSun: readonly [number, number, number]): boolean;
}

export function sunRayCaster(mesh: OccluderMesh): SunRayCaster {
  if (mesh.positions.length === 0) return { sees: () => true };
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  const bvh = new MeshBVH(geometry);
  const ray = new Ray(new Vector3(), new Vector3());
  return {
    sees(x, y, z, [e, n, u]) {
      ray.origin.set(x, y, z);
      ray.direction.set(e, n, u);
      return bvh.raycastFirst(ray, DoubleSide, RAY_START_METERS, Infinity) === null;
    },
  };
}
