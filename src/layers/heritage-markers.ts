// Marks listed buildings (历史建筑, 文物保护单位) with a pin and a short label above the roof, drawn over everything
// so a protected building is never hidden behind a taller neighbour.
import {
  Cartesian2,
  Cartesian3,
  Color,
  LabelCollection,
  LabelStyle,
  NearFarScalar,
  PointPrimitiveCollection,
  VerticalOrigin,
  type Scene,
} from 'cesium';
import { declutterLabels } from './label-declutter.ts';

export interface HeritageMarker {
  lon: number;
  lat: number;
  /** Roof height (ellipsoid), metres. */
  heightMeters: number;
  text: string;
  /** CSS colour of the pin. */
  color: string;
}

export interface HeritageMarkers {
  setVisible(visible: boolean): void;
  dispose(): void;
}

/** Marks stay in front of the buildings they mark. */
const ABOVE_ROOF_METERS = 3;

export function createHeritageMarkers(scene: Scene, markers: readonly HeritageMarker[]): HeritageMarkers {
  const pins = new PointPrimitiveCollection();
  const labels = new LabelCollection();
  for (const marker of markers) {
    const position = Cartesian3.fromDegrees(marker.lon, marker.lat, marker.heightMeters + ABOVE_ROOF_METERS);
    const color = Color.fromCssColorString(marker.color);
    pins.add({
      position,
      color,
      pixelSize: 10,
      outlineColor: Color.WHITE,
      outlineWidth: 2,
      disableDepthTestDistance: Number.POSITIVE_INFINITY,
    });
    labels.add({
      position,
      text: marker.text,
      font: '13px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
      fillColor: Color.WHITE,
      outlineColor: color.darken(0.5, new Color()),
      outlineWidth: 3,
      style: LabelStyle.FILL_AND_OUTLINE,
      verticalOrigin: VerticalOrigin.BOTTOM,
      pixelOffset: new Cartesian2(0, -9),
      // Names only up close; the pins alone carry the overview.
      translucencyByDistance: new NearFarScalar(800, 1, 3_000, 0),
      disableDepthTestDistance: Number.POSITIVE_INFINITY,
    });
  }
  scene.primitives.add(pins);
  scene.primitives.add(labels);
  const stopDeclutter = declutterLabels(scene, labels);
  scene.requestRender();
  return {
    setVisible(visible) {
      pins.show = visible;
      labels.show = visible;
      scene.requestRender();
    },
    dispose() {
      stopDeclutter();
      scene.primitives.remove(pins);
      scene.primitives.remove(labels);
    },
  };
}
