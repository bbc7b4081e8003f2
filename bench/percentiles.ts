/** Nearest-rank percentile of already-measured samples (milliseconds), rounded to 0.1 ms. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1] * 10) / 10;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
