// Shortest distances from many sources at once (Dijkstra with a binary heap and lazy deletion): one search per park
// class or facility category gives every node its distance to the nearest one, instead of one search per building.

/** Graph in compressed rows: node n's arcs are start[n] … start[n + 1] − 1. */
export interface ArcRows {
  start: Int32Array;
  target: Int32Array;
  length: Float64Array;
}

/** `initial[n]` is node n's distance before the search (Infinity if not a source); returns the final distances. */
export function multiSourceDijkstra(rows: ArcRows, initial: Float64Array): Float64Array {
  const distance = Float64Array.from(initial);
  const heap = new MinHeap(rows.target.length + initial.length);
  distance.forEach((d, n) => {
    if (d < Infinity) heap.push(n, d);
  });
  while (heap.size > 0) {
    const d = heap.topKey();
    const n = heap.pop();
    if (d > distance[n]!) continue; // a stale entry: n was reached shorter since
    for (let arc = rows.start[n]!; arc < rows.start[n + 1]!; arc++) {
      const next = rows.target[arc]!;
      const through = d + rows.length[arc]!;
      if (through < distance[next]!) {
        distance[next] = through;
        heap.push(next, through);
      }
    }
  }
  return distance;
}

class MinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(item: number, key: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.items[i] = this.items[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.items[i] = item;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.items[0]!;
    const last = --this.size;
    const item = this.items[last]!;
    const key = this.keys[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.items[i] = this.items[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.items[i] = item;
    this.keys[i] = key;
    return top;
  }
}
