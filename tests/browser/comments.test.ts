// 批注 in the app: comments made in the tab (a click in the scene) and through window.cim are pinned in the scene,
// survive a reload (IndexedDB, written before the UI confirms), export as BCF 3.0 and import into a fresh profile as
// the same topics, restoring view and scheme; a corrupt .bcf is named and keeps the comments already there.
import { writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { waitForCim } from '../../tools/browser/wait-ready.ts';
import { useAppHarness } from './harness/use-app-harness.ts';

const app = useAppHarness();
// The sample's city tileset and its scheme B tileset only: the overlays' draping passes would only slow software WebGL.
const PROJECT = 'project=/fixtures/comments/project.json';

describe('review comments', () => {
  it('made in the tab and by cim, they survive a reload and round-trip through BCF into a fresh profile', async () => {
    const opened = await app.openApp(PROJECT);
    const { page } = opened;
    const canvas = (await page.locator('#viewer canvas').boundingBox())!;

    // In the tab: pick a point in the scene, write, save.
    await page.click('.tool-tab[data-tool-id="comments"]');
    await page.fill('[data-field="comment-author"]', '张工');
    await page.click('[data-action="comment-pick"]');
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.fill('[data-field="comment-text"]', '北侧退线不足 <5 m> & 高度超限');
    await page.click('[data-action="comment-save"]');
    await expect.poll(() => page.locator('.comments-list li[data-comment-id]').count(), { timeout: 30_000 }).toBe(1);

    // By cim, with scheme B shown.
    const ids = await page.evaluate(async () => {
      await window.cim.showScheme('scheme-b');
      const id = await window.cim.addComment({
        text: 'Scheme B: too tall',
        author: 'Li',
        position: [114.0124, 32.9546, 30],
      });
      await window.cim.setCommentStatus(id, 'resolved');
      const wrong = await Promise.all(
        [
          () => window.cim.addComment({ text: '', author: 'x', position: [114, 33, 0] }),
          () => window.cim.setCommentStatus('nope', 'open'),
          () => window.cim.setCommentStatus(id, 'done' as never),
        ].map(async (call) => {
          try {
            await call();
            return 'no error';
          } catch (error) {
            return `${(error as Error).name}: ${(error as Error).message}`;
          }
        }),
      );
      return { id, wrong };
    });
    expect(ids.wrong).toEqual([
      expect.stringMatching(/^TypeError: cim\.addComment: /),
      expect.stringMatching(/^UnknownItemError: cim\.setCommentStatus: no comment 'nope'/),
      expect.stringMatching(/^TypeError: cim\.setCommentStatus: status/),
    ]);
    const before = await page.evaluate(() => window.cim.comments());
    expect(before).toHaveLength(2);
    expect(before[0]).toMatchObject({
      text: '北侧退线不足 <5 m> & 高度超限',
      author: '张工',
      status: 'open',
      schemeId: 'existing',
    });
    expect(before[0]!.position).not.toBeNull();
    expect(before[1]).toMatchObject({
      id: ids.id,
      text: 'Scheme B: too tall',
      author: 'Li',
      status: 'resolved',
      schemeId: 'scheme-b',
    });
    await page.waitForTimeout(2_000); // the pins' label glyphs settle
    await page.screenshot({ path: '/tmp/comments-tab.png' });

    // A reload: still there, as they were.
    await page.reload();
    await waitForCim(opened);
    await expect.poll(() => page.evaluate(() => window.cim.comments().length), { timeout: 30_000 }).toBe(2);
    expect(await page.evaluate(() => window.cim.comments())).toEqual(before);

    // Exported, imported into a fresh profile: the same topics; showing one restores its scheme and view.
    const bcf = await page.evaluate(() => Array.from(window.cim.exportBcf()));
    const entries = unzipSync(new Uint8Array(bcf));
    for (const { id } of before) {
      expect(Object.keys(entries)).toContain(`${id}/markup.bcf`);
      expect([...entries[`${id}/snapshot.png`]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // a PNG of the view
    }
    writeFileSync('/tmp/comment-snapshot.png', entries[`${before[0]!.id}/snapshot.png`]!);
    const fresh = await app.openApp(PROJECT);
    const result = await fresh.page.evaluate(
      async ([bytes, id]) => {
        const count = await window.cim.importBcf(new Uint8Array(bytes), 'review.bcf');
        await window.cim.showComment(id);
        const shown = window.cim.cameraView();
        let corrupt = '';
        try {
          await window.cim.importBcf(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'broken.bcf');
        } catch (error) {
          corrupt = `${(error as Error).name}: ${(error as Error).message}`;
        }
        const schemeShown = window.cim.layers().find((layer) => layer.id === 'scheme-b')?.visible;
        return { count, comments: window.cim.comments(), shown, schemeShown, corrupt, errors: window.cim.errors() };
      },
      [bcf, ids.id] as const,
    );
    expect(result.count).toBe(2);
    const near = (a: number, b: number, digits: number) => expect(a).toBeCloseTo(b, digits);
    result.comments.forEach((comment, i) => {
      const original = before[i]!;
      expect({ ...comment, position: null, view: null }).toEqual({ ...original, position: null, view: null });
      comment.position!.forEach((value, k) => near(value, original.position![k]!, k < 2 ? 8 : 3));
      for (const key of ['lon', 'lat'] as const) near(comment.view![key], original.view![key], 8);
      for (const key of ['heightMeters', 'headingDeg', 'pitchDeg'] as const)
        near(comment.view![key], original.view![key], 3);
    });
    near(result.shown.lon, before[1]!.view!.lon, 6);
    near(result.shown.pitchDeg, before[1]!.view!.pitchDeg, 2);
    expect(result.schemeShown).toBe(true);
    expect(result.corrupt).toMatch(/^LoadFailedError: cim\.importBcf: broken\.bcf: the \.bcf archive is damaged/);
    expect(result.errors.some((error) => error.source === 'broken.bcf')).toBe(true);
    expect(result.comments).toHaveLength(2); // the comments already there are kept
    for (const page of [opened, fresh]) {
      expect(page.pageErrors).toEqual([]);
      expect(page.offsiteRequests).toEqual([]);
    }
  }, 420_000); // two page loads and a reload on software WebGL (about 4–5 min on a busy machine)
});
