// From lit time slices to the figures the rules count: continuous lit segments, those shorter than the minimum
// segment dropped (Beijing's rule: 5 min on 大寒日), then the cumulative hours and the longest segment.

export interface LitSegments {
  /** [first slice, last slice + 1) of each counted segment. */
  segments: [number, number][];
  hours: number;
  longestHours: number;
}

export function litSegments(
  lit: ArrayLike<number>,
  offset: number,
  count: number,
  stepMinutes: number,
  minSegmentMinutes: number,
): LitSegments {
  const segments: [number, number][] = [];
  let total = 0;
  let longest = 0;
  let start = -1;
  for (let k = 0; k <= count; k++) {
    const on = k < count && lit[offset + k] === 1;
    if (on && start < 0) start = k;
    if (!on && start >= 0) {
      const length = k - start;
      if (length * stepMinutes >= minSegmentMinutes) {
        segments.push([start, k]);
        total += length;
        longest = Math.max(longest, length);
      }
      start = -1;
    }
  }
  return { segments, hours: (total * stepMinutes) / 60, longestHours: (longest * stepMinutes) / 60 };
}
