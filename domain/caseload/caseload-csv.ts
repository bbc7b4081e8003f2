import type { CaseloadSummary } from '../contracts/caseload';
import { diagnosisLabels } from '../contracts/patients';
import { toCsv, type CsvValue } from './csv';

export const caseloadCsvHeader = ['chart', 'week', 'therapist', 'diagnosis', 'measure', 'value'];

/**
 * The numbers behind every chart and card of one dashboard view as one long table: one row per number, named
 * by its chart, week, therapist, diagnosis and measure, so a spreadsheet can pivot it any way. Therapists and
 * diagnoses are written by name (a name is text someone typed: csv.ts neutralises formulas in it).
 */
export function caseloadCsv(summary: CaseloadSummary): string {
  const name = new Map(summary.therapists.map((t) => [t.id, t.displayName]));
  const therapist = (id: string) => name.get(id) ?? id;
  const { kpis } = summary;
  const range = `${summary.range.from} to ${summary.range.to}`;
  const rows: CsvValue[][] = [
    caseloadCsvHeader,
    ['Summary', null, null, null, `Range`, range],
    ['Summary', null, null, null, 'Active patients', kpis.activePatients],
    ['Summary', summary.week, null, null, 'New this week', kpis.newThisWeek],
    ['Summary', summary.monthStart, null, null, 'Discharged this month', kpis.dischargedThisMonth],
    [
      'Summary',
      null,
      null,
      null,
      'Average active caseload per therapist',
      kpis.averageActivePerTherapist,
    ],
    ['Summary', summary.week, null, null, 'Flagged this week', kpis.flaggedThisWeek],
    ['Summary', null, null, null, 'Programs not updated in 30 days', kpis.programsNotUpdated],
    ...summary.activeByTherapist.map((c) => [
      'Active caseload per therapist',
      null,
      therapist(c.therapistId),
      diagnosisLabels[c.diagnosis],
      'Active patients',
      c.patients,
    ]),
    ...summary.weekly.flatMap((w) => [
      ['New vs discharged per week', w.weekStart, null, null, 'New', w.intakes],
      ['New vs discharged per week', w.weekStart, null, null, 'Discharged', w.discharges],
    ]),
    ...summary.diagnosisMix.map((d) => [
      'Diagnosis mix',
      null,
      null,
      diagnosisLabels[d.diagnosis],
      'Active patients',
      d.patients,
    ]),
    ...summary.flaggedByTherapist.map((f) => [
      'Flagged patients per therapist',
      summary.week,
      therapist(f.therapistId),
      null,
      'Flagged patients',
      f.patients,
    ]),
  ];
  return toCsv(rows);
}
