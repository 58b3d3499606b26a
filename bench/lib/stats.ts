/** Latency summary of one measured series, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
}

/** Summarises latencies (ms) with nearest-rank percentiles. */
export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: rank(0.5), p99: rank(0.99), mean };
}

/** Runs `task` `iterations` times, one after another, and returns each duration in ms. */
export async function timeSequential(
  iterations: number,
  task: () => Promise<void>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Runs `task` from `clients` concurrent loops for `iterationsPerClient` each; returns ops/s. */
export async function throughput(
  clients: number,
  iterationsPerClient: number,
  task: () => Promise<void>,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let index = 0; index < iterationsPerClient; index += 1) await task();
    }),
  );
  return (clients * iterationsPerClient) / ((performance.now() - started) / 1000);
}
