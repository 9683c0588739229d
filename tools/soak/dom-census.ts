// Where a page's DOM nodes are, so a soak sample whose node count jumped says which part of the page grew — or that
// the nodes are detached (counted by the DevTools protocol but in no document: a subtree some closure still holds).
import type { Page } from 'playwright-core';

/** Nodes (elements, text, comments) in each top-level part of the page, keyed like `#app > aside.side-panel`, and
 * `detached`: the nodes the protocol counts (`domNodes`, read just before) less the document's. */
export type DomCensus = Record<string, number>;

export async function readDomCensus(page: Page, domNodes: number): Promise<DomCensus> {
  const census = await page.evaluate(() => {
    const subtreeNodes = (root: Node) => {
      const walker = document.createTreeWalker(root);
      let count = 1;
      while (walker.nextNode()) count++;
      return count;
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const census: Record<string, number> = { document: subtreeNodes(document) };
    const app = document.getElementById('app');
    for (const element of document.body.children) census[`body > ${name(element)}`] = subtreeNodes(element);
    for (const element of app?.children ?? []) census[`#app > ${name(element)}`] = subtreeNodes(element);
    return census;
  });
  return { ...census, detached: domNodes - (census.document ?? 0) };
}

/** The parts whose node count changed, largest change first (`#app > div.x +142`). */
export function censusChanges(before: DomCensus, after: DomCensus): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .map((key) => ({ key, change: (after[key] ?? 0) - (before[key] ?? 0) }))
    .filter(({ change }) => change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.key.localeCompare(b.key))
    .map(({ key, change }) => `${key} ${change > 0 ? '+' : ''}${change}`);
}
