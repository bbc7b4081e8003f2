import { type Modality, modalityLabels } from '@domain/cross-training/modalities';
import type { WeekTotal } from '@domain/cross-training/weekly-totals';
import type { ChartConfiguration } from 'chart.js';

/**
 * One colour per activity from the Okabe–Ito palette, told apart with the common kinds of colour blindness; the
 * legend, the tooltips and the table beside the chart name each activity too.
 */
export const modalityColours: Readonly<Record<Modality, string>> = {
  swimming: '#0072b2',
  stationary_cycling: '#e69f00',
  outdoor_cycling: '#d55e00',
  elliptical: '#009e73',
  aqua_jogging: '#56b4e9',
  rowing: '#cc79a7',
  walking: '#f0e442',
  other: '#7f7f7f',
};

/** The activities over all the weeks, in the order first planned. */
export function chartModalities(totals: readonly WeekTotal[]): Modality[] {
  const seen: Modality[] = [];
  for (const week of totals)
    for (const t of week.byModality) if (!seen.includes(t.modality)) seen.push(t.modality);
  return seen;
}

/** Weekly minutes stacked by activity, one bar per plan week. */
export function totalsChartConfig(
  totals: readonly WeekTotal[],
  reducedMotion: boolean,
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: totals.map((week) => `Week ${week.week + 1}`),
      datasets: chartModalities(totals).map((modality) => ({
        label: modalityLabels[modality],
        data: totals.map(
          (week) => week.byModality.find((t) => t.modality === modality)?.minutes ?? 0,
        ),
        backgroundColor: modalityColours[modality],
        stack: 'minutes',
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : undefined,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Minutes a week' } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.parsed.y} min` } },
      },
    },
  };
}

/** What the chart shows, in one sentence: the canvas's accessible name. */
export function totalsChartSummary(totals: readonly WeekTotal[]): string {
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return 'Weekly cross-training minutes: no weeks planned.';
  const names = chartModalities(totals).map((m) => modalityLabels[m].toLowerCase());
  const activities = names.length ? ` (${names.join(', ')})` : '';
  return (
    `Weekly cross-training minutes by activity${activities} over ${totals.length} ` +
    `week${totals.length === 1 ? '' : 's'}: ${first.minutes} min in week 1` +
    (totals.length > 1 ? ` to ${last.minutes} min in week ${totals.length}.` : '.') +
    ' The table below gives every number.'
  );
}
