import type { RunFormValue } from '../run-form/run-form-model';
import type { PlanDraftWeek } from './running.feature';

/** Unsaved edits to the planned weeks: the weeks, and the saved weeks and version they began from. */
export interface PlanWeeksDraft {
  weeks: PlanDraftWeek[];
  /** The saved weeks the edits began from: a later save by someone else is merged against them. */
  baseWeeks: PlanDraftWeek[];
  version: number;
}

/** A run being logged or edited: `runId` null for a new run. */
export interface RunFormDraft {
  runId: string | null;
  value: RunFormValue;
}

/**
 * Everything unsaved on one patient's Running tab, kept in the tab's session storage (FormDrafts) so a reload,
 * a crash or an expired session loses none of it.
 */
export interface RunningDraft {
  plan: PlanWeeksDraft | null;
  run: RunFormDraft | null;
}

export function runningDraftKey(patientId: string): string {
  return `running.${patientId}`;
}
