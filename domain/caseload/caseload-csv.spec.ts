import type { CaseloadSummary } from '../contracts/caseload';
import { caseloadCsv } from './caseload-csv';

const priya = '00000000-0000-4000-8000-000000000001';
const mallory = '00000000-0000-4000-8000-000000000002';

const summary: CaseloadSummary = {
  range: { from: '2026-11-16', to: '2026-11-25' },
  week: '2026-11-23',
  monthStart: '2026-11-01',
  therapistId: null,
  therapists: [
    { id: priya, displayName: 'Priya Raman', active: true },
    { id: mallory, displayName: '=cmd|"/c calc"!A1, "Mal"', active: true },
  ],
  kpis: {
    activePatients: 3,
    newThisWeek: 1,
    dischargedThisMonth: 2,
    averageActivePerTherapist: 1.5,
    flaggedThisWeek: 1,
    programsNotUpdated: 0,
  },
  activeByTherapist: [
    { therapistId: priya, diagnosis: 'patellofemoral_pain', patients: 2 },
    { therapistId: mallory, diagnosis: 'itbs', patients: 1 },
  ],
  weekly: [
    { weekStart: '2026-11-16', intakes: 2, discharges: 0 },
    { weekStart: '2026-11-23', intakes: 1, discharges: 2 },
  ],
  diagnosisMix: [
    { diagnosis: 'patellofemoral_pain', patients: 2 },
    { diagnosis: 'itbs', patients: 1 },
  ],
  flaggedByTherapist: [{ therapistId: priya, patients: 1 }],
};

describe('caseloadCsv', () => {
  const lines = caseloadCsv(summary).split('\r\n');

  it('has one row per number behind the cards and charts, after a header', () => {
    expect(lines[0]).toBe('chart,week,therapist,diagnosis,measure,value');
    // 1 header + 7 summary + 2 caseload cells + 2 × 2 weeks + 2 diagnoses + 1 flagged, and the last CRLF.
    expect(lines.length).toBe(1 + 7 + 2 + 4 + 2 + 1 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('names therapists and diagnoses, quoting where the text needs it', () => {
    expect(lines).toContain(
      `Active caseload per therapist,,Priya Raman,Patellofemoral pain (runner's knee),Active patients,2`,
    );
    expect(lines).toContain('New vs discharged per week,2026-11-23,,,Discharged,2');
    expect(lines).toContain(
      'Flagged patients per therapist,2026-11-23,Priya Raman,,Flagged patients,1',
    );
    expect(lines).toContain('Summary,,,,Average active caseload per therapist,1.5');
  });

  it('neutralises a therapist name that a spreadsheet would run as a formula', () => {
    expect(lines).toContain(
      `Active caseload per therapist,,"'=cmd|""/c calc""!A1, ""Mal""",IT band syndrome,Active patients,1`,
    );
  });
});
