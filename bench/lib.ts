import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Small shared helpers for the benchmarks: percentiles, timing, event-loop blocking. */

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export async function timeMs<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** The longest time the event loop was blocked while `run` ran, in ms (1 ms resolution). */
export async function maxEventLoopBlock<T>(run: () => Promise<T>): Promise<{ blockedMs: number; value: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const value = await run();
  histogram.disable();
  return { blockedMs: histogram.max / 1e6, value };
}

export function machine(): Record<string, string | number> {
  return { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString().slice(0, 10) };
}
