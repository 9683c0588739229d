// Renewal units, safety grades and heritage zones as the committee uses them: the unit card with indicators against
// controls, the grade colouring (roof pixels match the legend), the C/D filter, a heritage zone's rules, the CSV
// export, and a project whose units and grades are broken.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/analysis/building-record.ts';
import { readRenewalUnits } from '../../src/analysis/units/renewal-unit.ts';
import { tintOf, type Rgb } from '../../src/analysis/drape/drape-tint.ts';
import { thematicClasses } from '../../src/analysis/units/thematic.ts';
import { assignBuildingsToUnits } from '../../src/analysis/units/unit-assignment.ts';
import { unitIndicators } from '../../src/analysis/units/unit-indicators.ts';
import type { OfflinePage } from '../../tools/browser/chromium.ts';
import { buildingsFrom } from '../../tools/bench/townscape/townscape-case.ts';
import { REPO_ROOT } from './harness/app-harness.ts';
import { useAppHarness } from './harness/use-app-harness.ts';
import { screenshotPixels } from './harness/pixels.ts';

const app = useAppHarness();

interface Feature {
  id?: string;
  geometry: { type: string; coordinates: LonLat[][] };
  properties: Record<string, unknown>;
}
const readFeatures = (file: string) =>
  (JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/${file}`, 'utf8')) as { features: Feature[] }).features;

/** The sample's buildings and units as the Node analyses read them: built once, when a test first asks (not while the
 * file is collected, so a run that filters this file's tests out reads nothing). */
const sample = (() => {
  let built: ReturnType<typeof build> | undefined;
  const build = () => {
    const buildingFeatures = readFeatures('buildings.geojson');
    const records = buildingsFrom(buildingFeatures, 'city');
    const { units } = readRenewalUnits(readFeatures('renewal-units.geojson').map((f, i) => ({ id: i, ...f })));
    const gradeCount = (grades: string[]) =>
      buildingFeatures.filter((f) => grades.includes(String(f.properties.safetyGrade))).length;
    return { buildingFeatures, records, units, gradeCount };
  };
  return () => (built ??= build());
})();

/** Hue (degrees) and saturation (0–1) of an RGB colour. */
function hueSaturation([r, g, b]: number[]): { hue: number; saturation: number } {
  const [max, min] = [Math.max(r!, g!, b!), Math.min(r!, g!, b!)];
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0 };
  const hue = max === r ? ((g! - b!) / delta) % 6 : max === g ? (b! - r!) / delta + 2 : (r! - g!) / delta + 4;
  return { hue: (hue * 60 + 360) % 360, saturation: delta / max };
}
/** The units layer's fill by mode (assets/sample/project.json). */
const UNIT_FILLS: Record<string, string> = (
  JSON.parse(readFileSync(`${REPO_ROOT}/assets/sample/project.json`, 'utf8')) as {
    layers: { id: string; style?: { fill?: { values?: Record<string, string> } } }[];
  }
).layers.find((l) => l.id === 'units')!.style!.fill!.values!;
const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The median colour of a 5 × 5 patch of the page around (x, y), from a screenshot. */
async function pixelAt(page: Page, x: number, y: number): Promise<number[]> {
  const { rgba } = await screenshotPixels(page, { x: x - 2, y: y - 2, width: 5, height: 5 });
  return [0, 1, 2].map((c) => {
    const values = Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4 + c]!).sort((a, b) => a - b);
    return values[values.length >> 1]!;
  });
}

/** Looks straight down on a building's roof and returns the page position of its middle. */
async function overRoof(opened: OfflinePage, feature: Feature): Promise<{ x: number; y: number }> {
  const ring = feature.geometry.coordinates[0]!.slice(0, -1);
  const [lon, lat] = [
    ring.reduce((s, p) => s + p[0], 0) / ring.length,
    ring.reduce((s, p) => s + p[1], 0) / ring.length,
  ];
  const height = Number(feature.properties.heightMeters);
  const at = await opened.page.evaluate(
    async ([lon, lat, h]) => {
      await window.cim.setCameraView({ lon: lon!, lat: lat!, heightMeters: h! + 90 });
      await window.cim.whenIdle(60_000);
      return window.cim.canvasPosition([lon!, lat!, h!]);
    },
    [lon, lat, height],
  );
  const box = (await opened.page.locator('#viewer canvas').boundingBox())!;
  return { x: box.x + at![0], y: box.y + at![1] };
}

/** Rectangular buildings of a grade, biggest first: a roof wide enough to sample from straight above. */
function roofOfGrade(grade: string): Feature {
  return sample()
    .buildingFeatures.filter((f) => f.properties.safetyGrade === grade && f.geometry.coordinates[0]!.length === 5)
    .sort((a, b) => area(b) - area(a))[0]!;
}
const area = (f: Feature) => {
  const ring = f.geometry.coordinates[0]!;
  return Math.abs(ring.reduce((s, p, i) => s + (i ? ring[i - 1]![0] * p[1] - p[0] * ring[i - 1]![1] : 0), 0));
};

describe('renewal units on the sample district', () => {
  let opened: OfflinePage;
  let page: Page;
  beforeAll(async () => {
    opened = await app.openApp();
    page = opened.page;
    await page.evaluate(() => window.cim.renewalUnits());
  }, 180_000);
  afterAll(() => opened?.close());

  it('lists the units and computes the same indicators as the Node analysis', async () => {
    const { units, records } = sample();
    const listed = await page.evaluate(() => window.cim.renewalUnits());
    expect(listed.map((u) => u.id)).toEqual(units.map((u) => u.id));
    expect(listed[0]).toMatchObject({ name: units[0]!.name, mode: units[0]!.mode, controls: units[0]!.controls });
    expect(listed[0]!.polygon[0]![0]).toEqual(units[0]!.polygon[0]![0]);
    const assignment = assignBuildingsToUnits(units, records);
    for (const [u, unit] of units.entries()) {
      const expected = unitIndicators(
        unit,
        records.filter((_, b) => assignment[b] === u),
        { floors: 'floors', yearBuilt: 'yearBuilt', safetyGrade: 'safetyGrade' },
      );
      const actual = await page.evaluate((id) => window.cim.unitIndicators(id), unit.id);
      expect(actual.buildingCount, unit.id).toBe(expected.buildingCount);
      expect(actual.grades).toEqual(expected.grades);
      expect(actual.builtBefore2000).toBe(expected.builtBefore2000);
      expect(actual.areaM2).toBeCloseTo(expected.areaM2, 0);
      expect(actual.far).toBeCloseTo(expected.far, 2); // plan areas measured from the tiles' roofs (float32) vs the footprints
      expect(actual.exceeded).toEqual(expected.exceeded);
    }
    expect(opened.pageErrors).toEqual([]);
    expect(opened.offsiteRequests).toEqual([]);
  });

  it('the unit card shows category, mode, phase and indicators against controls, exceeded ones in red', async () => {
    await page.locator('.tool-tab[data-tool-id="renewal"]').click();
    const ru01 = sample().units.find((u) => u.id === 'RU-01')!;
    const exceeded = (await page.evaluate(() => window.cim.unitIndicators('RU-01'))).exceeded;
    expect(exceeded.length).toBeGreaterThan(0);
    await page.locator('.unit-overview tr[data-unit-id="RU-01"]').click();
    const card = page.locator('.unit-card[data-unit-id="RU-01"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.textContent();
    for (const word of [ru01.name, ru01.category, ru01.mode, ru01.phase, '容积率', '建筑密度'])
      expect(text).toContain(word);
    const rowOf = { farMax: 'far', coverageMax: 'coverage', heightLimitMeters: 'maxHeightMeters' } as Record<
      string,
      string
    >;
    for (const key of exceeded) {
      const row = card.locator(`tr[data-indicator="${rowOf[key]}"]`);
      expect(await row.getAttribute('class')).toBe('exceeded');
      expect(
        await row
          .locator('td')
          .first()
          .evaluate((td) => getComputedStyle(td).color),
      ).toBe('rgb(255, 90, 90)');
    }
    await card.locator('.card-close').click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('a unit tints the buildings standing in it through the tileset style, follows the layer, keeps its ground fill', async () => {
    const { units, records, buildingFeatures } = sample();
    const inUnit = assignBuildingsToUnits(units, records);
    const zones = readFeatures('heritage-zones.geojson').map((z) => ({ parts: [z.geometry.coordinates] }));
    const inZone = assignBuildingsToUnits(zones, records);
    // A roof in a unit and out of every heritage zone (one fill only), wide enough to look at from straight above.
    const b = buildingFeatures
      .map((f, i) => ({ f, i }))
      .filter(({ f, i }) => inUnit[i]! >= 0 && inZone[i]! < 0 && f.geometry.coordinates[0]!.length === 5)
      .sort((x, y) => area(y.f) - area(x.f))[0]!;
    const fill = hexRgb(UNIT_FILLS[units[inUnit[b.i]!]!.mode]!).map((c) => c / 255);
    const tint = tintOf(fill as Rgb, 0.35); // the style's fillOpacity
    const roof = await overRoof(opened, b.f);
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;
    const featureColor = () =>
      page.evaluate(
        ([x, y]) => {
          const picked = window.cim.viewer.scene.pick({ x, y } as never) as
            | { color?: { red: number; green: number; blue: number }; getProperty?: (n: string) => unknown }
            | undefined;
          return picked?.getProperty
            ? { id: picked.getProperty('id'), rgb: [picked.color!.red, picked.color!.green, picked.color!.blue] }
            : null;
        },
        [roof.x - canvas.x, roof.y - canvas.y],
      );
    await expect.poll(async () => (await featureColor())?.id).toBe(b.f.properties.id);
    await expect
      .poll(async () => (await featureColor())?.rgb.map((c) => Math.round(c * 255)))
      .toEqual(tint.map((c) => Math.round(c * 255)));
    const tinted = await pixelAt(page, roof.x, roof.y);
    await page.evaluate(async () => {
      window.cim.setLayerVisible('units', false);
      await window.cim.whenIdle(60_000);
    });
    await expect.poll(async () => (await featureColor())?.rgb).toEqual([1, 1, 1]);
    const plain = await pixelAt(page, roof.x, roof.y);
    // The tint pulls the roof toward the fill's hue; the plain roof is grey.
    expect(hueSaturation(plain).saturation).toBeLessThan(hueSaturation(tinted).saturation);
    expect(hueDistance(hueSaturation(tinted).hue, hueSaturation(fill).hue)).toBeLessThan(30);
    await page.evaluate(async () => {
      window.cim.setLayerVisible('units', true);
      await window.cim.whenIdle(60_000);
    });
    await expect
      .poll(async () => (await featureColor())?.rgb.map((c) => Math.round(c * 255)))
      .toEqual(tint.map((c) => Math.round(c * 255)));

    // The ground of the unit is still filled: a spot where the pick is the unit (not a building) changes colour with it.
    const ring = units[inUnit[b.i]!]!.polygon[0]!;
    const [lon, lat] = [0, 1].map((k) => ring.reduce((sum, p) => sum + p[k]!, 0) / ring.length);
    const spot = await page.evaluate(
      async ([w, h, lon, lat]) => {
        await window.cim.setCameraView({ lon: lon!, lat: lat!, heightMeters: 500 });
        await window.cim.whenIdle(60_000);
        for (let i = 0; i < 80; i++) {
          const [x, y] = [w! * (0.15 + (0.7 * ((i * 7) % 11)) / 10), h! * (0.15 + (0.7 * ((i * 3) % 13)) / 12)];
          const picked = await window.cim.pickAt(x, y);
          if (picked && 'mode' in picked) return [x, y];
        }
        return null;
      },
      [canvas.width, canvas.height, lon, lat],
    );
    expect(spot).not.toBeNull();
    const ground = await pixelAt(page, canvas.x + spot![0]!, canvas.y + spot![1]!);
    await page.evaluate(async () => {
      window.cim.setLayerVisible('units', false);
      await window.cim.whenIdle(60_000);
    });
    const bare = await pixelAt(page, canvas.x + spot![0]!, canvas.y + spot![1]!);
    expect(ground.reduce((sum, c, k) => sum + Math.abs(c - bare[k]!), 0)).toBeGreaterThan(20);
    await page.evaluate(() => window.cim.setLayerVisible('units', true));
  });

  it('colours buildings by safety grade: roof pixels match the legend, the legend counts every building', async () => {
    await page.evaluate(() => {
      for (const id of ['units', 'heritage']) window.cim.setLayerVisible(id, false); // no draped tint over roofs
      return window.cim.setThematic('safetyGrade');
    });
    for (const c of thematicClasses('safetyGrade')) {
      const item = page.locator(`.thematic-legend li[data-class="${c.key}"]`);
      expect(await item.locator('.legend-count').textContent()).toBe(String(sample().gradeCount([c.key])));
      expect(await item.locator('.swatch').evaluate((s) => getComputedStyle(s).backgroundColor)).toBe(
        `rgb(${hexRgb(c.color).join(', ')})`,
      );
    }
    const legendHues = thematicClasses('safetyGrade')
      .filter((c) => c.key !== 'unknown')
      .map((c) => ({ key: c.key, hue: hueSaturation(hexRgb(c.color)).hue }));
    for (const grade of ['A', 'B', 'C', 'D']) {
      const at = await overRoof(opened, roofOfGrade(grade));
      const { hue, saturation } = hueSaturation(await pixelAt(page, at.x, at.y));
      expect(saturation, grade).toBeGreaterThan(0.25);
      const nearest = legendHues.sort((a, b) => hueDistance(a.hue, hue) - hueDistance(b.hue, hue))[0]!;
      expect(nearest.key, `roof of a grade ${grade} building has hue ${hue.toFixed(0)}°`).toBe(grade);
    }
  });

  it('the C/D filter leaves only grades C and D visible', async () => {
    const expected = sample().gradeCount(['C', 'D']);
    expect(await page.evaluate(() => window.cim.filterBuildings({ grades: ['C', 'D'] }))).toBe(expected);
    await page.evaluate(() => window.cim.filterBuildings({}));
    await page.locator('.filter-cd').check();
    await expect.poll(() => page.locator('.visible-count strong').textContent()).toBe(String(expected));
    // An A building's roof is gone (ground shows through); a D building's stays red.
    const hidden = await overRoof(opened, roofOfGrade('A'));
    expect(
      hueDistance(hueSaturation(await pixelAt(page, hidden.x, hidden.y)).hue, hueSaturation(hexRgb('#1a9641')).hue),
    ).toBeGreaterThan(25);
    const kept = await overRoof(opened, roofOfGrade('D'));
    expect(hueSaturation(await pixelAt(page, kept.x, kept.y)).saturation).toBeGreaterThan(0.25);
    const before1980 = sample().buildingFeatures.filter(
      (f) => ['C', 'D'].includes(String(f.properties.safetyGrade)) && Number(f.properties.yearBuilt) < 1980,
    ).length;
    expect(await page.evaluate(() => window.cim.filterBuildings({ grades: ['C', 'D'], builtBefore: 1980 }))).toBe(
      before1980,
    );
    expect(await page.evaluate(() => window.cim.filterBuildings({}))).toBe(sample().buildingFeatures.length);
    await page.evaluate(() => window.cim.setThematic('none'));
  });

  it('a heritage zone is drawn distinctly and a click on it shows its rules', async () => {
    const zones = readFeatures('heritage-zones.geojson');
    await page.evaluate(() => window.cim.setLayerVisible('heritage', true));
    const legend = (await page.evaluate(() => window.cim.layers())).find((l) => l.id === 'heritage');
    expect(legend?.visible).toBe(true);
    const belt = zones.find((z) => z.properties.zone === '建设控制地带')!;
    const ring = belt.geometry.coordinates[0]!;
    const [lon, lat] = [
      ring.reduce((s, p) => s + p[0], 0) / ring.length,
      ring.reduce((s, p) => s + p[1], 0) / ring.length,
    ];
    await page.evaluate(
      async ([lon, lat]) => {
        await window.cim.setCameraView({ lon: lon!, lat: lat!, heightMeters: 1400 });
        await window.cim.whenIdle(60_000);
      },
      [lon, lat],
    );
    const box = (await page.locator('#viewer canvas').boundingBox())!;
    // Find a spot where the pick is a heritage zone (not a building on top of it), then click it as a user would.
    const spot = await page.evaluate(
      async ([w, h]) => {
        for (let i = 0; i < 60; i++) {
          const [x, y] = [w! * (0.2 + (0.6 * ((i * 7) % 11)) / 10), h! * (0.2 + (0.6 * ((i * 3) % 13)) / 12)];
          const picked = await window.cim.pickAt(x, y);
          if (picked && 'zone' in picked) return [x, y];
        }
        return null;
      },
      [box.width, box.height],
    );
    expect(spot).not.toBeNull();
    await page.mouse.click(box.x + spot![0], box.y + spot![1]);
    const card = page.locator('.zone-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const zoneId = await card.getAttribute('data-zone-id');
    const zone = zones.find((z) => z.properties.id === zoneId)!;
    expect(await card.locator('.zone-rules').textContent()).toBe(zone.properties.rules);
    expect(await card.locator('[data-height-limit]').textContent()).toBe(String(zone.properties.limitMeters));
    expect(await card.locator('.heritage-list li').count()).toBe(
      sample().buildingFeatures.filter((f) => f.properties.heritage !== 'none').length,
    );
  });

  it('listed buildings carry a pin and label; labels that would overlap are thinned out', async () => {
    const listed = sample().buildingFeatures.filter((f) => f.properties.heritage !== 'none');
    const zoneNames = readFeatures('heritage-zones.geojson').map((z) => String(z.properties.name));
    await page.evaluate(() => window.cim.flyTo('heritage-core', { durationSeconds: 0 }));
    await page.evaluate(() => window.cim.whenIdle(60_000));
    const labels = await page.evaluate(() => {
      const found: { text: string; show: boolean }[] = [];
      const primitives = window.cim.viewer.scene.primitives;
      for (let i = 0; i < primitives.length; i++) {
        const collection = primitives.get(i) as {
          length?: number;
          get?: (i: number) => { text?: string; show: boolean };
        };
        if (typeof collection.get !== 'function' || typeof collection.length !== 'number') continue;
        for (let k = 0; k < collection.length; k++) {
          const label = collection.get(k);
          if (typeof label.text === 'string') found.push({ text: label.text, show: label.show });
        }
      }
      return found;
    });
    const pins = labels.filter((l) => /^(历史建筑|文物保护单位)/.test(l.text));
    expect(pins).toHaveLength(listed.length);
    // The core and the belt of the historic quarter are labelled at the same spot: only one of the two is shown.
    const zoneLabels = labels.filter((l) => zoneNames.includes(l.text));
    expect(zoneLabels).toHaveLength(zoneNames.length);
    expect(zoneLabels.filter((l) => l.show)).toHaveLength(1);
  });

  it('speaks English when the interface does', async () => {
    await page.evaluate(() => window.cim.setLanguage('en'));
    expect(await page.locator('.tool-tab[data-tool-id="renewal"]').textContent()).toBe('Renewal units');
    await page.evaluate(() => window.cim.setThematic('safetyGrade'));
    expect(await page.locator('.thematic-legend li[data-class="D"] .legend-label').textContent()).toBe(
      'D (whole building dangerous)',
    );
    expect(await page.locator('.overview-section h3').textContent()).toBe('District overview');
    await page.evaluate(() => {
      window.cim.setLanguage('zh-CN');
      return window.cim.setThematic('none');
    });
  });

  it('exports the unit indicators as UTF-8 CSV with a BOM', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-csv').click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(sample().units.length + 1);
    expect(lines[0]).toMatch(/^单元编号,单元名称,/);
    expect(lines[1]).toContain(sample().units[0]!.name);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });
});

describe('broken units and grades', () => {
  it('a project that cannot be opened leaves the renewal tab empty, without script errors', async () => {
    const opened = await app.openApp('project=/fixtures/no-such-project.json');
    expect(await opened.page.evaluate(() => window.cim.renewalUnits())).toEqual([]);
    await opened.page.locator('.tool-tab[data-tool-id="renewal"]').click();
    expect(await opened.page.locator('.tool-body[data-tool-id="renewal"]').textContent()).toContain(
      '没有标注为更新单元',
    );
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('reports each bad unit once by id, draws the rest, and keeps the panel working', async () => {
    const opened = await app.openApp('project=/fixtures/units/project.json');
    const { page } = opened;
    const listed = await page.evaluate(() => window.cim.renewalUnits());
    expect(listed.map((u) => u.id).sort()).toEqual(['BAD-MODE', 'NO-CONTROLS', 'OK-1']); // the bow-tie is left out
    const errors = (await page.evaluate(() => window.cim.errors())).map((e) => `${e.source}: ${e.message}`);
    const about = (text: string) => errors.filter((e) => e.includes(text));
    expect(about('BAD-MODE')).toEqual([expect.stringMatching(/unknown renewal mode "推倒重来".*controls\.farMax/)]);
    expect(about('NO-CONTROLS: no controls')).toHaveLength(1);
    expect(about('units.geojson').some((e) => /cross|intersect/i.test(e))).toBe(true);
    expect(about('"dangerGrade"')).toEqual([expect.stringMatching(/3693 buildings have no "dangerGrade" attribute/)]);
    const bad = await page.evaluate(() => window.cim.unitIndicators('NO-CONTROLS'));
    expect(bad).toMatchObject({ controls: {}, exceeded: [] });
    await page.evaluate(() => window.cim.setThematic('safetyGrade'));
    await page.locator('.tool-tab[data-tool-id="renewal"]').click();
    expect(await page.locator('.thematic-legend li[data-class="unknown"] .legend-count').textContent()).toBe('3693');
    await page.locator('.unit-overview tr[data-unit-id="BAD-MODE"]').click();
    await expect
      .poll(() => page.locator('.unit-card[data-unit-id="BAD-MODE"] [data-mode]').textContent())
      .toBe('推倒重来');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
