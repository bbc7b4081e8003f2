import { formatDate } from '@angular/common';
import { Params } from '@angular/router';
import type { CaseloadSummary } from '@domain/contracts/caseload';
import { type Diagnosis, diagnoses, diagnosisLabels } from '@domain/contracts/patients';
import type { ChartConfiguration } from 'chart.js';
import { type CaseloadView, patientsParams } from './caseload-view';

/** One cell of a chart's table: its number, and the Patients page it opens (the table's way to drill down). */
export interface TableCell {
  value: string;
  link: Params | null;
}

/** A chart as the page draws it, with the same numbers as a table for screen readers and keyboards. */
export interface CaseloadChart {
  id: 'active-by-therapist' | 'weekly-flow' | 'diagnosis-mix' | 'flagged-by-therapist';
  title: string;
  /** The canvas's accessible name: what the chart shows, in one sentence. */
  summary: string;
  config: ChartConfiguration<'bar' | 'doughnut', number[], string>;
  /** Where each bar or segment leads: `links[dataset][index]`. */
  links: (Params | null)[][];
  table: { caption: string; columns: string[]; rows: { label: string; cells: TableCell[] }[] };
  empty: string | null;
}

/**
 * Okabe–Ito colours: told apart with the common colour-vision deficiencies. Each diagnosis keeps its colour in
 * every chart.
 */
const diagnosisColours: Record<Diagnosis, string> = {
  patellofemoral_pain: '#0072B2',
  itbs: '#E69F00',
  meniscus_nonop: '#009E73',
  meniscus_postop: '#CC79A7',
  patellar_tendinopathy: '#56B4E9',
  other: '#7f7f7f',
};
const intakeColour = '#0072B2';
const dischargeColour = '#D55E00';
const flaggedColour = '#B45F04';

const shortDiagnosis: Record<Diagnosis, string> = {
  patellofemoral_pain: "Runner's knee",
  itbs: 'IT band',
  meniscus_nonop: 'Meniscus',
  meniscus_postop: 'Meniscus post-op',
  patellar_tendinopathy: 'Patellar tendinopathy',
  other: 'Other',
};

const patients = (n: number) => (n === 1 ? '1 patient' : `${n} patients`);

/** Animation off: the charts draw at once (and the same every time, for screenshots). */
function baseOptions(stacked: boolean): ChartConfiguration<'bar', number[], string>['options'] {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    // One therapist's bar would otherwise fill the whole width.
    datasets: { bar: { maxBarThickness: 72 } },
    plugins: { legend: { position: 'bottom' } },
    scales: {
      x: { stacked, grid: { display: false } },
      y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
    },
  };
}

export function caseloadCharts(
  summary: CaseloadSummary,
  view: CaseloadView,
  locale: string,
): CaseloadChart[] {
  return [
    activeByTherapist(summary, view),
    weeklyFlow(summary, view, locale),
    diagnosisMix(summary, view),
    flaggedByTherapist(summary, view),
  ];
}

function therapistsShown(summary: CaseloadSummary) {
  return summary.therapistId
    ? summary.therapists.filter((t) => t.id === summary.therapistId)
    : summary.therapists;
}

function activeByTherapist(summary: CaseloadSummary, view: CaseloadView): CaseloadChart {
  const therapists = therapistsShown(summary);
  const present = diagnoses.filter((d) => summary.activeByTherapist.some((c) => c.diagnosis === d));
  const count = (therapistId: string, diagnosis: Diagnosis) =>
    summary.activeByTherapist.find(
      (c) => c.therapistId === therapistId && c.diagnosis === diagnosis,
    )?.patients ?? 0;
  const link = (therapistId: string, diagnosis?: Diagnosis) =>
    patientsParams(view, { therapistId, diagnosis, status: ['active'] });
  const totals = therapists.map((t) => present.reduce((n, d) => n + count(t.id, d), 0));
  return {
    id: 'active-by-therapist',
    title: 'Active caseload per therapist',
    summary:
      'Stacked bars by diagnosis: ' +
      therapists.map((t, i) => `${t.displayName} ${patients(totals[i])}`).join(', ') +
      '.',
    config: {
      type: 'bar',
      data: {
        labels: therapists.map((t) => t.displayName),
        datasets: present.map((d) => ({
          label: shortDiagnosis[d],
          data: therapists.map((t) => count(t.id, d)),
          backgroundColor: diagnosisColours[d],
        })),
      },
      options: baseOptions(true),
    },
    links: present.map((d) => therapists.map((t) => link(t.id, d))),
    table: {
      caption: 'Active patients per therapist and diagnosis',
      columns: ['Therapist', ...present.map((d) => diagnosisLabels[d]), 'Total'],
      rows: therapists.map((t, i) => ({
        label: t.displayName,
        cells: [
          ...present.map((d) => ({ value: String(count(t.id, d)), link: link(t.id, d) })),
          { value: String(totals[i]), link: link(t.id) },
        ],
      })),
    },
    empty: present.length ? null : 'No active patients match these filters.',
  };
}

function weeklyFlow(summary: CaseloadSummary, view: CaseloadView, locale: string): CaseloadChart {
  const label = (week: string) => formatDate(week, 'MMM d', locale, 'UTC');
  const intakes = patientsParams(view, { sort: 'startDate', direction: 'desc' });
  const discharges = patientsParams(view, {
    status: ['discharged'],
    sort: 'updatedAt',
    direction: 'desc',
  });
  const total = (key: 'intakes' | 'discharges') => summary.weekly.reduce((n, w) => n + w[key], 0);
  return {
    id: 'weekly-flow',
    title: 'New vs discharged per week',
    summary:
      `${patients(total('intakes'))} new and ${patients(total('discharges'))} discharged over ` +
      `${summary.weekly.length} weeks from ${summary.range.from} to ${summary.range.to}.`,
    config: {
      type: 'bar',
      data: {
        labels: summary.weekly.map((w) => label(w.weekStart)),
        datasets: [
          {
            label: 'New',
            data: summary.weekly.map((w) => w.intakes),
            backgroundColor: intakeColour,
          },
          {
            label: 'Discharged',
            data: summary.weekly.map((w) => w.discharges),
            backgroundColor: dischargeColour,
          },
        ],
      },
      options: baseOptions(false),
    },
    links: [summary.weekly.map(() => intakes), summary.weekly.map(() => discharges)],
    table: {
      caption: 'New and discharged patients per week (weeks start on Monday)',
      columns: ['Week of', 'New', 'Discharged'],
      rows: summary.weekly.map((w) => ({
        label: w.weekStart,
        cells: [
          { value: String(w.intakes), link: w.intakes ? intakes : null },
          { value: String(w.discharges), link: w.discharges ? discharges : null },
        ],
      })),
    },
    empty:
      total('intakes') + total('discharges') ? null : 'No intakes or discharges in this range.',
  };
}

function diagnosisMix(summary: CaseloadSummary, view: CaseloadView): CaseloadChart {
  const mix = diagnoses
    .map((d) => ({
      diagnosis: d,
      patients: summary.diagnosisMix.find((m) => m.diagnosis === d)?.patients ?? 0,
    }))
    .filter((m) => m.patients > 0);
  const total = mix.reduce((n, m) => n + m.patients, 0);
  const share = (n: number) => `${Math.round((n / total) * 100)} %`;
  const link = (diagnosis: Diagnosis) => patientsParams(view, { diagnosis, status: ['active'] });
  return {
    id: 'diagnosis-mix',
    title: 'Diagnosis mix of active patients',
    summary:
      mix.map((m) => `${diagnosisLabels[m.diagnosis]} ${share(m.patients)}`).join(', ') + '.',
    config: {
      type: 'doughnut',
      data: {
        labels: mix.map((m) => shortDiagnosis[m.diagnosis]),
        datasets: [
          {
            label: 'Active patients',
            data: mix.map((m) => m.patients),
            backgroundColor: mix.map((m) => diagnosisColours[m.diagnosis]),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'right' } },
      },
    },
    links: [mix.map((m) => link(m.diagnosis))],
    table: {
      caption: 'Active patients per diagnosis',
      columns: ['Diagnosis', 'Patients', 'Share'],
      rows: mix.map((m) => ({
        label: diagnosisLabels[m.diagnosis],
        cells: [
          { value: String(m.patients), link: link(m.diagnosis) },
          { value: share(m.patients), link: null },
        ],
      })),
    },
    empty: total ? null : 'No active patients match these filters.',
  };
}

function flaggedByTherapist(summary: CaseloadSummary, view: CaseloadView): CaseloadChart {
  const therapists = therapistsShown(summary);
  const count = (id: string) =>
    summary.flaggedByTherapist.find((f) => f.therapistId === id)?.patients ?? 0;
  const link = (therapistId: string) => patientsParams(view, { therapistId });
  const total = summary.kpis.flaggedThisWeek;
  return {
    id: 'flagged-by-therapist',
    title: `Flagged patients per therapist, week of ${summary.week}`,
    summary:
      `Patients with a running-load or pain flag in the week of ${summary.week}: ` +
      therapists.map((t) => `${t.displayName} ${count(t.id)}`).join(', ') +
      '.',
    config: {
      type: 'bar',
      data: {
        labels: therapists.map((t) => t.displayName),
        datasets: [
          {
            label: 'Flagged patients',
            data: therapists.map((t) => count(t.id)),
            backgroundColor: flaggedColour,
          },
        ],
      },
      options: { ...baseOptions(false), plugins: { legend: { display: false } } },
    },
    links: [therapists.map((t) => link(t.id))],
    table: {
      caption: `Patients with a running-load or pain flag in the week of ${summary.week}`,
      columns: ['Therapist', 'Flagged patients'],
      rows: therapists.map((t) => ({
        label: t.displayName,
        cells: [{ value: String(count(t.id)), link: count(t.id) ? link(t.id) : null }],
      })),
    },
    empty: total ? null : 'No patient has a running-load or pain flag this week.',
  };
}
