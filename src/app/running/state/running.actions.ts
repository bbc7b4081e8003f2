import type { ApiError } from '@domain/contracts/api-error';
import type {
  CreateRunRequest,
  CreateRunningPlanRequest,
  Run,
  RunningPlanDto,
  SaveRunningPlanRequest,
  UpdateRunRequest,
} from '@domain/contracts/running';
import type { PlannedWeekKind } from '@domain/training-load/plan-generator';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { RunFormValue } from '../run-form/run-form-model';
import type { RunningPlanVersion } from '../running-client';
import type { RunningDraft } from './running-draft';

/** A plan made from settings; `replacesVersion` is the plan on screen it replaces (null for the first plan). */
export interface PlanCreation {
  request: CreateRunningPlanRequest;
  replacesVersion: number | null;
}

export const runningTabActions = createActionGroup({
  source: 'Running Tab',
  events: {
    /** `today` is the clinic's calendar date: weeks, flags and suggestions are reckoned from it. */
    Opened: props<{ patientId: string; today: string }>(),
    'Retry Load Selected': props<{ patientId: string }>(),
    'Plan Submitted': props<{ patientId: string; creation: PlanCreation }>(),
    'Planned Distance Changed': props<{ index: number; distance: number | null }>(),
    'Planned Kind Changed': props<{ index: number; kind: PlannedWeekKind }>(),
    'Plan Week Added': emptyProps(),
    'Last Plan Week Removed': emptyProps(),
    'Plan Edit Undone': emptyProps(),
    'Plan Edits Discarded': emptyProps(),
    'Plan Edits Submitted': props<{ patientId: string; request: SaveRunningPlanRequest }>(),
    /** After a stale save, or a plan someone else made first: the therapist took the saved plan. */
    'Saved Plan Taken': props<{ plan: RunningPlanDto }>(),
    'Suggestion Previewed': props<{ suggestionId: string }>(),
    'Suggestion Preview Closed': emptyProps(),
    'Suggestion Applied': props<{
      patientId: string;
      suggestionId: string;
      request: SaveRunningPlanRequest;
    }>(),
    'Plan History Opened': props<{ patientId: string }>(),
    'Run Form Opened': props<{ runId: string | null }>(),
    'Run Form Closed': emptyProps(),
    /** The therapist typed in the run form; the values are kept so a reload or another tab loses nothing. */
    'Run Form Edited': props<{ value: RunFormValue }>(),
    'Draft Restored': emptyProps(),
    'Draft Dismissed': emptyProps(),
    /** Leaving the patient, the therapist chose to discard the unsaved plan edits and run. */
    'Unsaved Work Discarded': emptyProps(),
    'Run Submitted': props<{ patientId: string; request: CreateRunRequest }>(),
    'Run Edit Submitted': props<{ patientId: string; runId: string; request: UpdateRunRequest }>(),
    'Saved Run Taken': props<{ run: Run }>(),
    'Run Delete Confirmed': props<{ patientId: string; runId: string }>(),
  },
});

/** A write that lost to someone else's save carries the record as it is now (`current`); others `null`. */
export const runningApiActions = createActionGroup({
  source: 'Running API',
  events: {
    'Plan Load Succeeded': props<{ patientId: string; plan: RunningPlanDto | null }>(),
    'Plan Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Runs Load Succeeded': props<{ patientId: string; runs: Run[] }>(),
    'Runs Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Plan Create Succeeded': props<{ plan: RunningPlanDto }>(),
    'Plan Create Failed': props<{ error: ApiError; current: RunningPlanDto | null }>(),
    'Plan Save Succeeded': props<{ plan: RunningPlanDto }>(),
    'Plan Save Failed': props<{ error: ApiError; current: RunningPlanDto | null }>(),
    'Versions Load Succeeded': props<{ patientId: string; versions: RunningPlanVersion[] }>(),
    'Versions Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Run Create Succeeded': props<{ run: Run }>(),
    'Run Create Failed': props<{ error: ApiError }>(),
    'Run Update Succeeded': props<{ run: Run }>(),
    'Run Update Failed': props<{ error: ApiError; current: Run | null }>(),
    'Run Delete Succeeded': props<{ runId: string }>(),
    'Run Delete Failed': props<{ runId: string; error: ApiError }>(),
  },
});

/** Unsaved work found in the tab's session storage when the plan loads: offered back, never applied unasked. */
export const runningDraftActions = createActionGroup({
  source: 'Running Drafts',
  events: {
    'Draft Found': props<{ patientId: string; savedAt: string; draft: RunningDraft }>(),
  },
});
