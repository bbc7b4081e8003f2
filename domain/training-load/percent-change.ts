/**
 * Week-to-week change as a percentage, rounded to 0.1 % before any threshold is compared, so the number a flag
 * shows is the number that was compared ("30 %" is not above 30 %; "30.1 %" is). The rounding also absorbs the
 * half-metre rounding of stored distances: 11.0 → 12.1 mi stays exactly 10 % although stored as 17,703 → 19,473 m.
 */
export function percentChange(from: number, to: number): number | null {
  if (from <= 0) return null;
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** `30 %`, `30.1 %`, `-15 %`: whole numbers without a trailing `.0`. */
export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)} %`;
}
