/**
 * Issue 6 target: generating a 52-week plan takes under 1 ms. Times one generation at a time (after a warm-up,
 * so the figure is the steady state a server sees) and reports nearest-rank percentiles.
 */
import { toMetres } from '../domain/training-load/distance';
import { generatePlan, type PlanSettingsInput } from '../domain/training-load/plan-generator';
import { median, percentile } from './percentiles';

// 5 → 40 mi with a race 51 weeks after the start: exactly 52 planned weeks, building, cutting back and holding.
const settings: PlanSettingsInput = {
  baselineMetres: toMetres(5, 'mi'),
  targetMetres: toMetres(40, 'mi'),
  startWeek: '2026-03-02',
  raceDate: '2027-02-27',
  unit: 'mi',
};

export function measurePlanGenerator(runs = 2000): {
  runs: number;
  medianMs: number;
  p95Ms: number;
} {
  const weeks = generatePlan(settings).weeks.length;
  if (weeks !== 52) throw new Error(`bench plan has ${weeks} weeks, not 52`);
  for (let i = 0; i < 200; i++) generatePlan(settings);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    generatePlan(settings);
    samples.push(performance.now() - start);
  }
  return { runs, medianMs: median(samples), p95Ms: percentile(samples, 95) };
}
