import type { DistanceUnit } from '@domain/contracts/patients';
import { mondayOf } from '@domain/training-load/calendar-weeks';
import { fromMetres } from '@domain/training-load/distance';
import type { Flag, FlagSeverity } from '@domain/training-load/flags';
import { acuteChronicBands } from '@domain/training-load/load-checks';
import { formatPercent } from '@domain/training-load/percent-change';
import type {
  ChartConfiguration,
  ChartDataset,
  Plugin,
  TooltipItem,
} from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { formatClinicDate } from '../../ui/clinic-date-pipe';
import { flagRuleLabels, severityLabels } from '../running-labels';
import type { LoadWeek } from '../state/running.selectors';

export interface LoadChartOptions {
  unit: DistanceUnit;
  /** The plan's maximum weekly increase: the safe range reaches this far above the planned distance. */
  weeklyIncreasePercent: number | null;
  showRatio: boolean;
  /** The clinic's date: a line marks its week. */
  today: string;
  locale?: string;
  /** Under `prefers-reduced-motion: reduce` (and so in the screenshot journeys) nothing animates. */
  reducedMotion: boolean;
}

type Point = number | null;
export type LoadChartDataset = ChartDataset<'bar' | 'line', Point[]>;

/** Colours pass 3:1 against white for graphics; shapes and words carry the meaning too. */
export const loadChartColours = {
  actual: 'rgba(0, 106, 106, 0.55)',
  actualBorder: '#006a6a',
  planned: '#1b1b1f',
  safeRange: 'rgba(46, 125, 50, 0.16)',
  amber: '#b25e00',
  red: '#ba1a1a',
  pain: '#6a1b9a',
  ratio: '#455a64',
} as const;

/** The dataset labels: the legend and the tooltips say exactly these. */
export function loadChartLabels(unit: DistanceUnit, weeklyIncreasePercent: number | null) {
  const rise = weeklyIncreasePercent === null ? '' : ` + ${formatPercent(weeklyIncreasePercent)}`;
  return {
    actual: `Actual weekly distance (${unit})`,
    planned: `Planned distance (${unit})`,
    safeRange: `Safe range: planned to planned${rise} (the plan's weekly increase)`,
    amber: 'Amber flag (triangle)',
    red: 'Red flag (diamond)',
    pain: 'Next-morning pain (0–10, right axis)',
    ratio: 'Acute:chronic ratio (informational)',
  };
}

/** The worst flag of a week that marks the chart: red, else amber; informational flags mark nothing. */
export function markerSeverity(flags: readonly Flag[]): Exclude<FlagSeverity, 'info'> | null {
  if (flags.some((flag) => flag.severity === 'red')) return 'red';
  return flags.some((flag) => flag.severity === 'amber') ? 'amber' : null;
}

/**
 * The top of a week's safe range: the planned distance plus the plan's weekly increase. A week run within it is
 * no more above the plan than the plan lets one week rise above the last; above it, the chart marks a flag.
 */
export function safeRangeTop(plannedMetres: number, weeklyIncreasePercent: number): number {
  return plannedMetres * (1 + weeklyIncreasePercent / 100);
}

function distance(metres: number | null, unit: DistanceUnit): Point {
  return metres === null ? null : fromMetres(metres, unit);
}

/** The chart's datasets, in drawing and legend order. */
export function loadChartDatasets(
  weeks: readonly LoadWeek[],
  options: Pick<LoadChartOptions, 'unit' | 'weeklyIncreasePercent' | 'showRatio'>,
): LoadChartDataset[] {
  const { unit, weeklyIncreasePercent, showRatio } = options;
  const labels = loadChartLabels(unit, weeklyIncreasePercent);
  const hasPlan = weeks.some((week) => week.plannedMetres !== null);
  const markerAt = (week: LoadWeek, severity: 'amber' | 'red'): Point =>
    markerSeverity(week.flags) === severity
      ? distance(week.actualMetres ?? week.plannedMetres ?? 0, unit)
      : null;
  const marker = (severity: 'amber' | 'red'): LoadChartDataset => ({
    type: 'line',
    label: labels[severity],
    data: weeks.map((week) => markerAt(week, severity)),
    yAxisID: 'distance',
    showLine: false,
    pointStyle: severity === 'red' ? 'rectRot' : 'triangle',
    pointRadius: 8,
    pointHoverRadius: 10,
    backgroundColor: loadChartColours[severity],
    borderColor: '#ffffff',
    borderWidth: 1,
    order: 0,
  });

  const datasets: LoadChartDataset[] = [
    {
      type: 'bar',
      label: labels.actual,
      data: weeks.map((week) => distance(week.actualMetres, unit)),
      yAxisID: 'distance',
      backgroundColor: loadChartColours.actual,
      borderColor: loadChartColours.actualBorder,
      borderWidth: 1,
      pointStyle: 'rect',
      order: 3,
    },
  ];
  if (hasPlan) {
    datasets.push({
      type: 'line',
      label: labels.planned,
      data: weeks.map((week) => distance(week.plannedMetres, unit)),
      yAxisID: 'distance',
      borderColor: loadChartColours.planned,
      backgroundColor: loadChartColours.planned,
      borderWidth: 2,
      pointRadius: 2,
      pointStyle: 'circle',
      spanGaps: false,
      order: 1,
    });
    if (weeklyIncreasePercent !== null) {
      datasets.push({
        type: 'line',
        label: labels.safeRange,
        data: weeks.map((week) =>
          week.plannedMetres === null
            ? null
            : fromMetres(safeRangeTop(week.plannedMetres, weeklyIncreasePercent), unit),
        ),
        yAxisID: 'distance',
        // Shaded from this line down to the planned line (dataset 1).
        fill: { target: 1, above: loadChartColours.safeRange, below: loadChartColours.safeRange },
        backgroundColor: loadChartColours.safeRange,
        borderColor: 'rgba(46, 125, 50, 0.5)',
        borderWidth: 1,
        borderDash: [2, 2],
        pointRadius: 0,
        pointHitRadius: 0,
        pointStyle: 'rect',
        order: 2,
      });
    }
  }
  datasets.push(marker('amber'), marker('red'), {
    type: 'line',
    label: labels.pain,
    data: weeks.map((week) => week.maxPainNextMorning),
    yAxisID: 'pain',
    borderColor: loadChartColours.pain,
    backgroundColor: loadChartColours.pain,
    borderDash: [6, 4],
    borderWidth: 2,
    pointRadius: 3,
    pointStyle: 'circle',
    spanGaps: true,
    order: 1,
  });
  if (showRatio) {
    datasets.push({
      type: 'line',
      label: labels.ratio,
      data: weeks.map((week) => week.ratio),
      yAxisID: 'ratio',
      borderColor: loadChartColours.ratio,
      backgroundColor: loadChartColours.ratio,
      borderDash: [2, 3],
      borderWidth: 2,
      pointRadius: 2,
      pointStyle: 'star',
      spanGaps: false,
      order: 1,
    });
  }
  return datasets;
}

/** The numbers of one week as the table view and the tooltips say them. */
export interface LoadTableRow {
  weekStart: string;
  week: string;
  planned: string;
  safeRange: string;
  actual: string;
  runs: number;
  nextMorningPain: string;
  ratio: string;
  flags: string;
}

export function loadTableRows(
  weeks: readonly LoadWeek[],
  options: Pick<LoadChartOptions, 'unit' | 'weeklyIncreasePercent' | 'locale'>,
): LoadTableRow[] {
  const { unit, weeklyIncreasePercent } = options;
  const fixed = (metres: number | null) => (metres === null ? '—' : fromMetres(metres, unit).toFixed(1));
  return weeks.map((week) => ({
    weekStart: week.weekStart,
    week: formatClinicDate(week.weekStart, 'date', options.locale),
    planned: fixed(week.plannedMetres),
    safeRange:
      week.plannedMetres === null || weeklyIncreasePercent === null
        ? '—'
        : `${fixed(week.plannedMetres)}–${fromMetres(safeRangeTop(week.plannedMetres, weeklyIncreasePercent), unit).toFixed(1)}`,
    actual: week.actualMetres === null ? 'Not logged' : fixed(week.actualMetres),
    runs: week.runs,
    nextMorningPain: week.maxPainNextMorning === null ? '—' : `${week.maxPainNextMorning}/10`,
    ratio:
      week.ratio !== null
        ? `${week.ratio.toFixed(2)} (informational)`
        : (week.ratioReason ?? '—'),
    flags: week.flags.length
      ? week.flags
          .map((flag) => `${severityLabels[flag.severity]}: ${flagRuleLabels[flag.rule]}`)
          .join('; ')
      : 'None',
  }));
}

/** What the canvas's accessible name says: the chart in a few sentences, with the way to every number. */
export function loadChartSummary(
  weeks: readonly LoadWeek[],
  options: Pick<LoadChartOptions, 'unit' | 'locale'>,
): string {
  const { unit, locale } = options;
  if (!weeks.length) return 'Weekly running distance chart: no planned weeks and no runs yet.';
  const date = (iso: string) => formatClinicDate(iso, 'date', locale);
  const d = (metres: number) => `${fromMetres(metres, unit).toFixed(1)} ${unit}`;
  const first = weeks[0].weekStart;
  const last = weeks[weeks.length - 1].weekStart;
  const parts = [
    `Weekly running distance chart, ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from the week of ${date(first)} to the week of ${date(last)}, in ${unit}.`,
  ];
  const logged = weeks.filter((week) => week.actualMetres !== null);
  if (logged.length) {
    const latest = logged[logged.length - 1];
    const highest = Math.max(...logged.map((week) => week.actualMetres!));
    parts.push(
      `Actual: ${logged.length} weeks in the run log, latest ${d(latest.actualMetres!)} in the week of ${date(latest.weekStart)}, highest ${d(highest)}.`,
    );
  } else {
    parts.push('No runs logged yet.');
  }
  const planned = weeks.filter((week) => week.plannedMetres !== null).map((week) => week.plannedMetres!);
  if (planned.length) {
    parts.push(`Planned: ${d(Math.min(...planned))} to ${d(Math.max(...planned))} a week.`);
  }
  const red = weeks.filter((week) => markerSeverity(week.flags) === 'red').length;
  const amber = weeks.filter((week) => markerSeverity(week.flags) === 'amber').length;
  parts.push(
    red + amber
      ? `Flagged weeks: ${red} red, ${amber} amber.`
      : 'No week has an amber or red flag.',
  );
  const pained = weeks.filter((week) => week.maxPainNextMorning !== null);
  if (pained.length) {
    const latest = pained[pained.length - 1];
    parts.push(`Latest next-morning pain ${latest.maxPainNextMorning}/10 in the week of ${date(latest.weekStart)}.`);
  }
  parts.push('Show as table lists every number.');
  return parts.join(' ');
}

/** Fills the canvas white under the chart, so a saved PNG reads on any background. */
export const whiteBackground: Plugin<'bar' | 'line'> = {
  id: 'strideWhiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The whole chart.js configuration: datasets, axes, tooltips with the numbers, legend, bands and animation. */
export function loadChartConfig(
  weeks: readonly LoadWeek[],
  options: LoadChartOptions,
): ChartConfiguration<'bar' | 'line', Point[], string> {
  const { unit, showRatio, reducedMotion, locale } = options;
  const rows = loadTableRows(weeks, options);
  const labels = loadChartLabels(unit, options.weeklyIncreasePercent);
  const thisWeek = weeks.findIndex((week) => week.weekStart === mondayOf(options.today));
  const annotations: Record<string, AnnotationOptions> = {};
  if (thisWeek >= 0) {
    annotations['today'] = {
      type: 'line',
      scaleID: 'x',
      value: thisWeek,
      borderColor: 'rgba(27, 27, 31, 0.5)',
      borderWidth: 1,
      borderDash: [4, 4],
      label: { display: true, content: 'This week', position: 'start', font: { size: 11 } },
    };
  }
  if (showRatio) {
    annotations['sweetSpot'] = {
      type: 'box',
      yScaleID: 'ratio',
      yMin: acuteChronicBands.low,
      yMax: acuteChronicBands.high,
      backgroundColor: 'rgba(69, 90, 100, 0.08)',
      borderWidth: 0,
      label: { display: true, content: 'Ratio 0.8–1.3', position: { x: 'end', y: 'start' }, font: { size: 10 } },
    };
    annotations['danger'] = {
      type: 'line',
      scaleID: 'ratio',
      value: acuteChronicBands.danger,
      borderColor: loadChartColours.red,
      borderWidth: 1,
      borderDash: [2, 2],
      label: { display: true, content: 'Ratio 1.5', position: 'end', font: { size: 10 } },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => formatClinicDate(row.weekStart, 'date', locale)),
      datasets: loadChartDatasets(weeks, options),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'category', ticks: { autoSkip: true, maxRotation: 0 } },
        distance: {
          type: 'linear',
          position: 'left',
          beginAtZero: true,
          title: { display: true, text: `Weekly distance (${unit})` },
        },
        pain: {
          type: 'linear',
          position: 'right',
          min: 0,
          max: 10,
          ticks: { stepSize: 2 },
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'Next-morning pain (0–10)' },
        },
        ratio: {
          type: 'linear',
          position: 'right',
          display: showRatio,
          min: 0,
          suggestedMax: 2,
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'Acute:chronic ratio' },
        },
      },
      plugins: {
        // In dataset order (actual, planned, safe range, flags, pain, ratio), not drawing order.
        legend: {
          position: 'bottom',
          labels: { usePointStyle: true, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
        },
        tooltip: {
          itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
          callbacks: {
            title: (items) => (items[0] ? `Week of ${rows[items[0].dataIndex].week}` : ''),
            label: (item) => tooltipLabel(item, rows, labels, unit),
            afterBody: (items) => {
              const week = weeks[items[0]?.dataIndex ?? -1];
              return week ? week.flags.map((flag) => `${severityLabels[flag.severity]}: ${flagRuleLabels[flag.rule]}`) : [];
            },
          },
        },
        annotation: { annotations },
      },
    },
    plugins: [whiteBackground],
  };
}

function tooltipLabel(
  item: TooltipItem<'bar' | 'line'>,
  rows: readonly LoadTableRow[],
  labels: ReturnType<typeof loadChartLabels>,
  unit: DistanceUnit,
): string {
  const row = rows[item.dataIndex];
  switch (item.dataset.label) {
    case labels.actual:
      return row.actual === 'Not logged'
        ? 'Actual: not logged'
        : `Actual: ${row.actual} ${unit} (${row.runs} ${row.runs === 1 ? 'run' : 'runs'})`;
    case labels.planned:
      return `Planned: ${row.planned} ${unit}`;
    case labels.safeRange:
      return `Safe range: ${row.safeRange} ${unit}`;
    case labels.pain:
      return `Next-morning pain: ${row.nextMorningPain}`;
    case labels.ratio:
      return `Acute:chronic ratio: ${row.ratio}`;
    case labels.amber:
      return 'Amber flag';
    case labels.red:
      return 'Red flag';
    default:
      return item.dataset.label ?? '';
  }
}
