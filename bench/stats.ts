export interface Figure {
  median: number;
  min: number;
  max: number;
}

/** Runs `fn` `runs` times (after one warm-up) and returns milliseconds: median, min, max. */
export async function measure(runs: number, fn: () => unknown): Promise<Figure> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0 };
}

export function ms(f: Figure): string {
  const n = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
  return `${n(f.median)} ms (${n(f.min)}–${n(f.max)})`;
}
