import type { CaseloadSummary } from '@domain/contracts/caseload';

export const priyaId = '00000000-0000-4000-8000-00000000000a';
export const marcusId = '00000000-0000-4000-8000-00000000000b';

/** A small clinic's dashboard: two therapists, three weeks. */
export function sampleSummary(changes: Partial<CaseloadSummary> = {}): CaseloadSummary {
  return {
    range: { from: '2026-11-09', to: '2026-11-25' },
    week: '2026-11-23',
    monthStart: '2026-11-01',
    therapistId: null,
    therapists: [
      { id: marcusId, displayName: 'Marcus Bell', active: true },
      { id: priyaId, displayName: 'Priya Raman', active: true },
    ],
    kpis: {
      activePatients: 5,
      newThisWeek: 1,
      dischargedThisMonth: 2,
      averageActivePerTherapist: 2.5,
      flaggedThisWeek: 2,
      programsNotUpdated: 1,
    },
    activeByTherapist: [
      { therapistId: priyaId, diagnosis: 'patellofemoral_pain', patients: 2 },
      { therapistId: priyaId, diagnosis: 'itbs', patients: 1 },
      { therapistId: marcusId, diagnosis: 'itbs', patients: 2 },
    ],
    weekly: [
      { weekStart: '2026-11-09', intakes: 2, discharges: 0 },
      { weekStart: '2026-11-16', intakes: 0, discharges: 1 },
      { weekStart: '2026-11-23', intakes: 1, discharges: 1 },
    ],
    diagnosisMix: [
      { diagnosis: 'patellofemoral_pain', patients: 2 },
      { diagnosis: 'itbs', patients: 3 },
    ],
    flaggedByTherapist: [
      { therapistId: priyaId, patients: 1 },
      { therapistId: marcusId, patients: 1 },
    ],
    ...changes,
  };
}
