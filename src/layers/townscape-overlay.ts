// The townscape checks drawn in 3D: violating buildings in red with their excess labelled, translucent ceilings at
// each zone's limit, corridor sight planes, and the skyline traced where its causes stand. One data source per
// group, so each check replaces only its own drawing.
import {
  Cartesian3,
  Color,
  CustomDataSource,
  DistanceDisplayCondition,
  HorizontalOrigin,
  LabelStyle,
  PolygonHierarchy,
  VerticalOrigin,
  type Viewer,
} from 'cesium';
import { whenSettledAndDrawn } from '../viewer/idle.ts';
import type { BuildingRecord, LonLat } from '../analysis/building-record.ts';
import type { HeightViolation } from '../analysis/townscape/height-check.ts';
import { localPlane } from '../geometry/local-plane.ts';
import type { EyePoint, SkylineProfile } from '../analysis/townscape/skyline.ts';
import type { CorridorIntrusion, ViewCorridor } from '../analysis/townscape/view-corridor.ts';
import type { HeightZone } from '../analysis/townscape/zone-features.ts';

export interface TownscapeOverlay {
  showViolations(violations: readonly HeightViolation[], buildings: readonly BuildingRecord[]): void;
  showCeilings(zones: readonly HeightZone[]): void;
  showCorridors(
    corridors: readonly ViewCorridor[],
    intrusions: readonly CorridorIntrusion[],
    buildings: readonly BuildingRecord[],
  ): void;
  showSkyline(eye: EyePoint, profiles: readonly { profile: SkylineProfile; color: string }[]): void;
  /** Removes every drawing: violations, ceilings, corridors and skyline. */
  clear(): void;
  /** Resolves once the entities' geometry (built asynchronously) is drawn. */
  whenDrawn(timeoutMs?: number): Promise<boolean>;
  dispose(): void;
}

const VIOLATION = Color.fromCssColorString('#e31a1c');
const LABEL_FONT = '14px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
/** The excess labels (`+5.7 m`, `▲2.1 m`) show from closer than the overview (home is ~2.3 km up): from there a
 * hundred of them piled onto the unit and heritage names; the red roofs carry the overview, the numbers a closer look. */
const LABEL_RANGE = new DistanceDisplayCondition(0, 1500);

export function createTownscapeOverlay(viewer: Viewer): TownscapeOverlay {
  const group = (name: string) => {
    const source = new CustomDataSource(name);
    void viewer.dataSources.add(source);
    return source;
  };
  const violations = group('townscape-violations');
  const ceilings = group('townscape-ceilings');
  const corridors = group('townscape-corridors');
  const skyline = group('townscape-skyline');
  const redraw = (source: CustomDataSource, draw: () => void) => {
    source.entities.suspendEvents();
    source.entities.removeAll();
    draw();
    source.entities.resumeEvents();
    viewer.scene.requestRender();
  };
  const positions = (ring: readonly LonLat[], heightMeters: number) =>
    ring.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, heightMeters));
  const label = (text: string, color: Color) => ({
    text,
    font: LABEL_FONT,
    fillColor: color,
    outlineColor: Color.BLACK,
    outlineWidth: 3,
    style: LabelStyle.FILL_AND_OUTLINE,
    verticalOrigin: VerticalOrigin.BOTTOM,
    horizontalOrigin: HorizontalOrigin.CENTER,
    distanceDisplayCondition: LABEL_RANGE,
    disableDepthTestDistance: Number.POSITIVE_INFINITY,
  });
  const centre = (ring: readonly LonLat[]): LonLat => [
    ring.reduce((s, p) => s + p[0], 0) / ring.length,
    ring.reduce((s, p) => s + p[1], 0) / ring.length,
  ];
  const byKey = (buildings: readonly BuildingRecord[]) =>
    new Map(buildings.map((b) => [`${b.layerId}\u0000${b.featureId}`, b]));

  return {
    showViolations(list, buildings) {
      const index = byKey(buildings);
      redraw(violations, () => {
        for (const violation of list) {
          const building = index.get(`${violation.layerId}\u0000${violation.featureId}`);
          if (!building || building.heightMeters === null) continue;
          const top = building.baseHeightMeters + building.heightMeters;
          const [lon, lat] = centre(building.footprint);
          violations.entities.add({
            position: Cartesian3.fromDegrees(lon, lat, top + 1),
            polygon: {
              hierarchy: new PolygonHierarchy(positions(building.footprint, 0)),
              height: building.baseHeightMeters,
              extrudedHeight: top + 0.3,
              material: VIOLATION.withAlpha(0.75),
              outline: false,
            },
            label: label(`+${violation.excessMeters.toFixed(1)} m`, Color.WHITE),
          });
        }
      });
    },
    showCeilings(zones) {
      redraw(ceilings, () => {
        for (const zone of zones) {
          for (const polygon of zone.polygons) {
            const [outer, ...holes] = polygon;
            ceilings.entities.add({
              polygon: {
                hierarchy: new PolygonHierarchy(
                  positions(outer!, 0),
                  holes.map((hole) => new PolygonHierarchy(positions(hole, 0))),
                ),
                height: zone.limitMeters,
                material: Color.fromCssColorString('#4393c3').withAlpha(0.18),
                outline: true,
                outlineColor: Color.fromCssColorString('#2166ac'),
              },
            });
          }
        }
      });
    },
    showCorridors(list, intrusions, buildings) {
      const index = byKey(buildings);
      redraw(corridors, () => {
        for (const corridor of list) {
          const frame = localPlane(corridor.eye[0], corridor.eye[1]);
          const [tx, ty] = frame.toLocal(corridor.target[0], corridor.target[1]);
          const length = Math.hypot(tx, ty);
          const [nx, ny] = [(-ty / length) * corridor.halfWidthMeters, (tx / length) * corridor.halfWidthMeters];
          const corner = (x: number, y: number, h: number) => Cartesian3.fromDegrees(...frame.toLonLat(x, y), h);
          corridors.entities.add({
            polygon: {
              hierarchy: new PolygonHierarchy([
                corner(nx, ny, corridor.eye[2]),
                corner(tx + nx, ty + ny, corridor.target[2]),
                corner(tx - nx, ty - ny, corridor.target[2]),
                corner(-nx, -ny, corridor.eye[2]),
              ]),
              perPositionHeight: true,
              material: Color.GOLD.withAlpha(0.3),
              outline: true,
              outlineColor: Color.GOLD,
            },
            polyline: {
              positions: [corner(0, 0, corridor.eye[2]), corner(tx, ty, corridor.target[2])],
              width: 2,
              material: Color.GOLD,
            },
          });
        }
        for (const intrusion of intrusions) {
          const building = index.get(`${intrusion.layerId}\u0000${intrusion.featureId}`);
          if (!building || building.heightMeters === null) continue;
          const [lon, lat] = centre(building.footprint);
          corridors.entities.add({
            position: Cartesian3.fromDegrees(lon, lat, building.baseHeightMeters + building.heightMeters + 1),
            label: label(`▲${intrusion.intrusionMeters.toFixed(1)} m`, Color.GOLD),
          });
        }
      });
    },
    showSkyline(eye, profiles) {
      const frame = localPlane(eye[0], eye[1]);
      redraw(skyline, () => {
        for (const { profile, color } of profiles) {
          const points = profile.azimuthDeg.flatMap((azimuthDeg, i) => {
            const distance = profile.distanceMeters[i]!;
            if (profile.causeIndex[i]! < 0) return [];
            const a = (azimuthDeg * Math.PI) / 180;
            const height = eye[2] + distance * Math.tan((profile.elevationDeg[i]! * Math.PI) / 180);
            return [Cartesian3.fromDegrees(...frame.toLonLat(distance * Math.sin(a), distance * Math.cos(a)), height)];
          });
          if (points.length > 1)
            skyline.entities.add({
              polyline: { positions: points, width: 2, material: Color.fromCssColorString(color) },
            });
        }
      });
    },
    clear() {
      for (const source of [violations, ceilings, corridors, skyline]) redraw(source, () => undefined);
    },
    whenDrawn: (timeoutMs = 60_000) => whenSettledAndDrawn(viewer, () => viewer.dataSourceDisplay.ready, timeoutMs),
    dispose() {
      for (const source of [violations, ceilings, corridors, skyline]) viewer.dataSources.remove(source, true);
    },
  };
}
