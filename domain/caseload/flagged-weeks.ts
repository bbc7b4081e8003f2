import type { DistanceUnit } from '../contracts/patients';
import type { IsoDate } from '../training-load/calendar-weeks';
import { runningLoadFlags, type PlanForLoadChecks } from '../training-load/load-checks';
import { weeklyTotals, type LoggedRun } from '../training-load/run-log';

/** What a patient's running-load and pain flags are computed from: the Running tab's inputs. */
export interface PatientRunLog {
  runs: readonly LoggedRun[];
  unit: DistanceUnit;
  /** The current mileage plan; null without one (a walk–jog plan has no weekly rules). */
  plan: PlanForLoadChecks | null;
}

/**
 * The Mondays of the weeks in which the patient's Running tab shows an amber or red running-load or pain flag
 * (the informational acute:chronic overlay is not one), oldest first. A week's flags read only the runs up to
 * that week, so the answer does not change with the day it is computed: the caseload dashboard keeps it per
 * patient (server/caseload/flagged-weeks.ts) and counts the patients flagged in a week.
 */
export function flaggedWeeks({ runs, unit, plan }: PatientRunLog): IsoDate[] {
  const flags = runningLoadFlags(weeklyTotals(runs), unit, plan);
  return [...new Set(flags.filter((f) => f.severity !== 'info').map((f) => f.week))].sort();
}
