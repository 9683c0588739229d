// One soak sample from a running app: JS heap after forced GC and the DOM counters through the DevTools protocol,
// primitives and tile memory read from the scene through window.cim.viewer.
import type { CDPSession, Page } from 'playwright-core';
import type { SoakSample } from './soak-verdict.ts';

const MB = 1024 * 1024;

export async function takeSoakSample(page: Page, cdp: CDPSession, step: number): Promise<SoakSample> {
  const scene = await page.evaluate(() => {
    const { scene: cesiumScene } = window.cim.viewer;
    // A collection has length and get(i); anything else is one primitive (a tileset included).
    type Node = { length?: number; get?: (index: number) => Node; totalMemoryUsageInBytes?: number };
    let primitives = 0;
    let tileBytes = 0;
    const visit = (node: Node) => {
      if (typeof node.get === 'function' && typeof node.length === 'number') {
        for (let i = 0; i < node.length; i++) visit(node.get(i));
        return;
      }
      primitives++;
      tileBytes += node.totalMemoryUsageInBytes ?? 0;
    };
    visit(cesiumScene.primitives as unknown as Node);
    visit(cesiumScene.groundPrimitives as unknown as Node);
    return { primitives, tileBytes };
  });
  // Twice: objects freed by finalizers in the first pass go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    step,
    heapMb: heap.usedSize / MB,
    domNodes: counters.nodes,
    eventListeners: counters.jsEventListeners,
    primitives: scene.primitives,
    tileCacheMb: scene.tileBytes / MB,
  };
}
