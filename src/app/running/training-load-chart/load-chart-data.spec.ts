import { toMetres } from '@domain/training-load/distance';
import { acuteChronicRatios } from '@domain/training-load/load-checks';
import { weeklyTotals } from '@domain/training-load/run-log';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import { selectFlags, selectLoadFlags, selectLoadWeeks } from '../state/running.selectors';
import {
  loadChartConfig,
  loadChartDatasets,
  loadChartLabels,
  loadChartSummary,
  loadTableRows,
  markerSeverity,
  safeRangeTop,
} from './load-chart-data';

const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const totals = weeklyTotals(sampleRuns(), runningToday);
const flags = selectFlags.projector(selectLoadFlags.projector(totals, mileage, 'mi'), []);
const weeks = selectLoadWeeks.projector(mileage, totals, acuteChronicRatios(totals), flags);
const options = {
  unit: 'mi' as const,
  weeklyIncreasePercent: 10,
  showRatio: false,
  today: runningToday,
  locale: 'en-US',
  reducedMotion: true,
};
const labels = loadChartLabels('mi', 10);

function dataset(label: string, showRatio = false) {
  return loadChartDatasets(weeks, { ...options, showRatio }).find((d) => d.label === label);
}

describe('load chart data', () => {
  it('draws actual distance as bars and planned distance as a line, in the unit shown', () => {
    const actual = dataset(labels.actual)!;
    expect(actual.type).toBe('bar');
    expect(actual.data).toEqual([10, 11, 12, 10, 13, 14.5, 19.6, 4, null, null, null]);
    const planned = dataset(labels.planned)!;
    expect(planned.type).toBe('line');
    expect(planned.data).toEqual([10, 11, 12.1, 10.2, 13.3, 14.6, 16, 13.6, 17.6, 19.3, 20]);
    const km = loadChartDatasets(weeks, { ...options, unit: 'km' });
    expect(km[0].data[0]).toBe(16.1);
    expect(km[0].label).toBe('Actual weekly distance (km)');
  });

  it('shades the safe range from the planned line up to the weekly increase above it', () => {
    const range = dataset(labels.safeRange)!;
    expect(range.label).toBe(
      "Safe range: planned to planned + 10 % (the plan's weekly increase)",
    );
    expect(range.data[0]).toBe(11);
    expect(range.data[6]).toBe(17.6);
    expect(range).toEqual(jasmine.objectContaining({ fill: jasmine.objectContaining({ target: 1 }) }));
    expect(safeRangeTop(toMetres(10, 'km'), 10)).toBe(11000);
  });

  it('marks flagged weeks amber (triangles) or red (diamonds) at the distance run', () => {
    const amber = dataset(labels.amber)!;
    const red = dataset(labels.red)!;
    expect(amber.data).toEqual([null, null, null, null, null, 14.5, null, null, null, null, null]);
    expect(red.data).toEqual([null, null, null, null, null, null, 19.6, null, null, null, null]);
    expect((amber as { pointStyle?: string }).pointStyle).toBe('triangle');
    expect((red as { pointStyle?: string }).pointStyle).toBe('rectRot');
    expect(markerSeverity(weeks[6].flags)).toBe('red');
    expect(markerSeverity([])).toBeNull();
  });

  it('puts next-morning pain on the 0–10 axis, and the ratio only when asked', () => {
    const pain = dataset(labels.pain)!;
    expect(pain.yAxisID).toBe('pain');
    expect(pain.data).toEqual([0, 0, 0, 0, 0, 0, 6, null, null, null, null]);
    expect(dataset(labels.ratio)).toBeUndefined();
    const ratio = dataset(labels.ratio, true)!;
    expect(ratio.yAxisID).toBe('ratio');
    expect(ratio.data.slice(3, 8)).toEqual([null, 1.21, 1.26, 1.58, 0.28]);
  });

  it('draws no plan line or safe range without a mileage plan', () => {
    const actualOnly = selectLoadWeeks.projector(null, totals, acuteChronicRatios(totals), flags);
    const sets = loadChartDatasets(actualOnly, { ...options, weeklyIncreasePercent: null });
    expect(sets.map((d) => d.label)).toEqual([
      'Actual weekly distance (mi)',
      'Amber flag (triangle)',
      'Red flag (diamond)',
      'Next-morning pain (0–10, right axis)',
    ]);
  });

  it('gives the table view the same numbers, with why a ratio is missing', () => {
    const rows = loadTableRows(weeks, options);
    expect(rows[6]).toEqual({
      weekStart: '2026-11-16',
      week: 'Nov 16, 2026',
      planned: '16.0',
      safeRange: '16.0–17.6',
      actual: '19.6',
      runs: 1,
      nextMorningPain: '6/10',
      ratio: '1.58 (informational)',
      flags:
        'Red: Next-morning pain; Amber: Weekly increase; Amber: Increase over two weeks; ' +
        'Amber: Pain during running; Informational: Acute:chronic ratio',
    });
    expect(rows[1].ratio).toBe(
      'The ratio needs 4 earlier weeks of the run log; this week has 1 earlier week.',
    );
    expect(rows[9].actual).toBe('Not logged');
  });

  it('summarises the chart for its accessible name', () => {
    expect(loadChartSummary(weeks, options)).toBe(
      'Weekly running distance chart, 11 weeks from the week of Oct 5, 2026 to the week of Dec 14, 2026, in mi. ' +
        'Actual: 8 weeks in the run log, latest 4.0 mi in the week of Nov 23, 2026, highest 19.6 mi. ' +
        'Planned: 10.0 mi to 20.0 mi a week. Flagged weeks: 1 red, 1 amber. ' +
        'Latest next-morning pain 6/10 in the week of Nov 16, 2026. Show as table lists every number.',
    );
    expect(loadChartSummary([], options)).toContain('no planned weeks and no runs yet');
  });

  it('turns animation off for reduced motion, and labels axes, legend and tooltips', () => {
    const config = loadChartConfig(weeks, options);
    expect(config.options!.animation).toBeFalse();
    expect(loadChartConfig(weeks, { ...options, reducedMotion: false }).options!.animation).toEqual({
      duration: 400,
    });
    const scales = config.options!.scales!;
    expect((scales['pain'] as { min: number; max: number }).max).toBe(10);
    expect(scales['ratio']!.display).toBeFalse();
    expect(config.options!.plugins!.legend!.position).toBe('bottom');
    expect(config.data.labels![0]).toBe('Oct 5, 2026');
    const tooltip = config.options!.plugins!.tooltip!.callbacks!;
    const item = (label: string, dataIndex: number) =>
      ({ dataset: { label }, dataIndex }) as never;
    expect((tooltip.title as (items: unknown[]) => string)([item(labels.actual, 6)])).toBe(
      'Week of Nov 16, 2026',
    );
    const label = tooltip.label as (item: unknown) => string;
    expect(label(item(labels.actual, 6))).toBe('Actual: 19.6 mi (1 run)');
    expect(label(item(labels.planned, 6))).toBe('Planned: 16.0 mi');
    expect(label(item(labels.safeRange, 6))).toBe('Safe range: 16.0–17.6 mi');
    expect(label(item(labels.pain, 6))).toBe('Next-morning pain: 6/10');
    const afterBody = tooltip.afterBody as (items: unknown[]) => string[];
    expect(afterBody([item(labels.actual, 6)])[0]).toBe('Red: Next-morning pain');
  });

  it('marks this week, and the ratio bands when the ratio shows', () => {
    const plain = loadChartConfig(weeks, options).options!.plugins!.annotation!.annotations as Record<string, { value?: number }>;
    expect(Object.keys(plain)).toEqual(['today']);
    expect(plain['today'].value).toBe(7);
    const withRatio = loadChartConfig(weeks, { ...options, showRatio: true }).options!.plugins!.annotation!
      .annotations as Record<string, { yMin?: number; yMax?: number; value?: number }>;
    expect(withRatio['sweetSpot']).toEqual(jasmine.objectContaining({ yMin: 0.8, yMax: 1.3 }));
    expect(withRatio['danger'].value).toBe(1.5);
  });
});
