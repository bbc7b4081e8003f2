import type { ApiError } from '@domain/contracts/api-error';
import type {
  CrossTrainingVersion,
  CrossTrainingVersionSummary,
  SaveCrossTrainingRequest,
} from '@domain/contracts/cross-training';
import type { StrengthDay } from '@domain/cross-training/strength-days';
import type { DistanceUnit } from '@domain/contracts/patients';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { PlanDraft } from '../plan-draft';

/** A mileage plan's weeks as the schedule needs them: each Monday's distance, and the patient's unit. */
export interface PlannedRunningWeeks {
  unit: DistanceUnit;
  weeks: { weekStart: string; plannedMetres: number }[];
}

export const crossTrainingTabActions = createActionGroup({
  source: 'Cross-training Tab',
  events: {
    Opened: props<{ patientId: string }>(),
    'Retry Load Selected': props<{ patientId: string }>(),
    /** No plan was saved yet: the therapist began one from the Monday given. */
    'Plan Started': props<{ startWeek: string }>(),
    /**
     * The therapist changed the plan. `field` names a typed-in field: further typing in the same field is one
     * step to undo, not one per key; null for a choice (a toggle, a new session), always its own step.
     */
    'Plan Edited': props<{ plan: PlanDraft; field: string | null }>(),
    'Edit Undone': emptyProps(),
    'Edit Redone': emptyProps(),
    'Save Submitted': props<{ patientId: string; request: SaveCrossTrainingRequest }>(),
    /** After a stale save: the therapist took the saved plan and dropped their edits. */
    'Saved Plan Taken': props<{ version: CrossTrainingVersion }>(),
    'History Opened': props<{ patientId: string }>(),
    'Version Viewed': props<{ patientId: string; version: number }>(),
    'Version Closed': emptyProps(),
    /** An earlier version saved again as the newest: `request` carries its plan. */
    'Version Restored': props<{ patientId: string; request: SaveCrossTrainingRequest }>(),
    /** Leaving the patient, the therapist chose to discard the unsaved edits. */
    'Unsaved Work Discarded': emptyProps(),
  },
});

/** A save that lost to someone else's carries the version saved now (`current`); other failures `null`. */
export const crossTrainingApiActions = createActionGroup({
  source: 'Cross-training API',
  events: {
    'Load Succeeded': props<{ patientId: string; current: CrossTrainingVersion | null }>(),
    'Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Save Succeeded': props<{ version: CrossTrainingVersion }>(),
    'Save Failed': props<{ error: ApiError; current: CrossTrainingVersion | null }>(),
    'Versions Load Succeeded': props<{
      patientId: string;
      versions: CrossTrainingVersionSummary[];
    }>(),
    'Versions Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Version Load Succeeded': props<{ version: CrossTrainingVersion }>(),
    'Version Load Failed': props<{ error: ApiError }>(),
    /** The mileage plan's weekly distances, for the weekly schedule (null without a mileage plan). */
    'Running Weeks Loaded': props<{ patientId: string; running: PlannedRunningWeeks | null }>(),
    /** The running plan could not be read: the schedule draws the run days every week and says so. */
    'Running Weeks Failed': props<{ patientId: string }>(),
    /** The strength program's days, for the weekly schedule (none before a program is saved). */
    'Strength Days Loaded': props<{ patientId: string; days: StrengthDay[] }>(),
    /** The program could not be read: the schedule says so and shows no strength days. */
    'Strength Days Failed': props<{ patientId: string }>(),
  },
});
