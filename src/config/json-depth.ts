// How deeply a parsed JSON value nests arrays and objects, counted without recursion: the value comes from a file,
// and code that later walks it recursively (copies, messages, workers' structured clone) would overflow the stack.

/** True when `value` nests arrays/objects more than `maxDepth` levels (a scalar is depth 0, `[]` depth 1). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Object.values(item))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
