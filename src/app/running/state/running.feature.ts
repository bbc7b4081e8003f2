import type { ApiError } from '@domain/contracts/api-error';
import type {
  CreateRunRequest,
  Run,
  RunningPlanDto,
  SaveRunningPlanRequest,
  UpdateRunRequest,
} from '@domain/contracts/running';
import { addWeeks } from '@domain/training-load/calendar-weeks';
import { fromMetres } from '@domain/training-load/distance';
import { type PlannedWeekKind, maxPlanWeeks } from '@domain/training-load/plan-generator';
import { EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { RunFormValue } from '../run-form/run-form-model';
import type { RunningPlanVersion } from '../running-client';
import type { RunningDraft } from './running-draft';
import {
  PlanCreation,
  runningApiActions,
  runningDraftActions,
  runningTabActions,
} from './running.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * A write and what came of it. `failed` keeps what was typed and offers Retry (`request` is sent again); `stale`
 * means someone else saved first and `current` is the record as it is now: nothing is overwritten silently.
 */
export interface WriteState<Request, Current> {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'stale';
  error: ApiError | null;
  current: Current | null;
  request: Request | null;
}

/** A planned week as the therapist edits it: the distance in the plan's unit, null while the input is empty. */
export interface PlanDraftWeek {
  weekStart: string;
  distance: number | null;
  kind: PlannedWeekKind;
}

/** Where a plan save came from: the week table, or a suggestion applied from the flags panel. */
export type PlanSaveOrigin = 'edit' | 'suggestion';

export interface VersionsState {
  patientId: string | null;
  versions: RunningPlanVersion[];
  status: LoadStatus;
  error: ApiError | null;
}

export interface RunningState extends EntityState<Run> {
  /** The patient whose plan and runs these are. */
  patientId: string | null;
  /** The clinic's date when the tab opened: weeks, flags and suggestions are reckoned from it. */
  today: string;
  plan: RunningPlanDto | null;
  planStatus: LoadStatus;
  planError: ApiError | null;
  runsStatus: LoadStatus;
  runsError: ApiError | null;
  /** Unsaved edits to the planned weeks; null when the table shows the saved plan. */
  draft: PlanDraftWeek[] | null;
  /** The plan version the edits began from: they are saved at it, so a newer save answers 409. */
  draftVersion: number | null;
  /** Earlier states of the draft, oldest first; the first is the saved plan. */
  undo: PlanDraftWeek[][];
  /** The suggestion whose changes are shown before it is applied. */
  previewSuggestionId: string | null;
  planCreate: WriteState<PlanCreation, RunningPlanDto>;
  planSave: WriteState<SaveRunningPlanRequest, RunningPlanDto> & { origin: PlanSaveOrigin | null };
  versions: VersionsState;
  /** The add or edit run form; `runId` null for a new run; `value` what was typed, null while untouched. */
  runForm: { open: boolean; runId: string | null; value: RunFormValue | null };
  /** Unsaved work from an earlier visit (a reload, a crash), offered back. */
  draftOffer: { savedAt: string; draft: RunningDraft } | null;
  runSave: WriteState<CreateRunRequest | UpdateRunRequest, Run>;
  runDelete: { runId: string | null; error: ApiError | null };
}

const idleWrite = { status: 'idle', error: null, current: null, request: null } as const;
const closedRunForm = { open: false, runId: null, value: null } as const;

/** Newest run first; runs of the same day in the order they were logged. */
export const runsAdapter = createEntityAdapter<Run>({
  sortComparer: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
});

export const initialRunningState: RunningState = runsAdapter.getInitialState({
  patientId: null,
  today: '',
  plan: null,
  planStatus: 'idle',
  planError: null,
  runsStatus: 'idle',
  runsError: null,
  draft: null,
  draftVersion: null,
  undo: [],
  previewSuggestionId: null,
  planCreate: idleWrite,
  planSave: { ...idleWrite, origin: null },
  versions: { patientId: null, versions: [], status: 'idle', error: null },
  runForm: closedRunForm,
  draftOffer: null,
  runSave: idleWrite,
  runDelete: { runId: null, error: null },
});

export const runningFeature = createFeature({
  name: 'running',
  reducer: createReducer(
    initialRunningState,
    on(runningTabActions.opened, (state, { patientId, today }): RunningState => {
      // Another patient starts from nothing; the same one keeps unsaved edits while it refreshes.
      const base = state.patientId === patientId ? state : { ...initialRunningState, patientId };
      return startLoading({ ...base, today });
    }),
    on(runningTabActions.retryLoadSelected, (state, { patientId }): RunningState =>
      state.patientId === patientId ? startLoading(state) : state,
    ),
    on(runningApiActions.planLoadSucceeded, (state, { patientId, plan }): RunningState =>
      state.patientId === patientId ? { ...state, plan, planStatus: 'loaded' } : state,
    ),
    on(runningApiActions.planLoadFailed, (state, { patientId, error }): RunningState =>
      state.patientId === patientId ? { ...state, planStatus: 'failed', planError: error } : state,
    ),
    on(runningApiActions.runsLoadSucceeded, (state, { patientId, runs }): RunningState =>
      state.patientId === patientId
        ? runsAdapter.setAll(runs, { ...state, runsStatus: 'loaded' })
        : state,
    ),
    on(runningApiActions.runsLoadFailed, (state, { patientId, error }): RunningState =>
      state.patientId === patientId ? { ...state, runsStatus: 'failed', runsError: error } : state,
    ),

    on(runningTabActions.planSubmitted, (state, { creation }): RunningState => ({
      ...state,
      planCreate: { status: 'saving', error: null, current: null, request: creation },
    })),
    on(runningApiActions.planCreateSucceeded, (state, { plan }): RunningState => ({
      ...showSavedPlan(state, plan),
      planCreate: { ...idleWrite, status: 'saved' },
    })),
    on(runningApiActions.planCreateFailed, (state, { error, current }): RunningState => ({
      ...state,
      planCreate: { ...state.planCreate, status: current ? 'stale' : 'failed', error, current },
    })),

    on(runningTabActions.plannedDistanceChanged, (state, { index, distance }): RunningState =>
      editDraft(state, (weeks) =>
        weeks[index] && weeks[index].distance !== distance
          ? weeks.map((week, i) => (i === index ? { ...week, distance } : week))
          : null,
      ),
    ),
    on(runningTabActions.plannedKindChanged, (state, { index, kind }): RunningState =>
      editDraft(state, (weeks) =>
        weeks[index] && weeks[index].kind !== kind
          ? weeks.map((week, i) => (i === index ? { ...week, kind } : week))
          : null,
      ),
    ),
    on(runningTabActions.planWeekAdded, (state): RunningState =>
      editDraft(state, (weeks) => {
        const last = weeks[weeks.length - 1];
        if (!last || weeks.length >= maxPlanWeeks) return null;
        return [
          ...weeks,
          { weekStart: addWeeks(last.weekStart, 1), distance: last.distance, kind: 'hold' },
        ];
      }),
    ),
    on(runningTabActions.lastPlanWeekRemoved, (state): RunningState =>
      editDraft(state, (weeks) => (weeks.length > 1 ? weeks.slice(0, -1) : null)),
    ),
    on(runningTabActions.planEditUndone, (state): RunningState => {
      if (!state.undo.length) return state;
      const undo = state.undo.slice(0, -1);
      // Undoing the first edit is back to the saved plan: nothing is unsaved any more.
      const draft = undo.length ? state.undo[state.undo.length - 1] : null;
      return { ...state, draft, undo, draftVersion: draft ? state.draftVersion : null };
    }),
    on(runningTabActions.planEditsDiscarded, (state): RunningState => ({
      ...state,
      draft: null,
      draftVersion: null,
      undo: [],
      planSave: state.planSave.status === 'saving' ? state.planSave : { ...idleWrite, origin: null },
    })),
    on(runningTabActions.planEditsSubmitted, (state, { request }): RunningState => ({
      ...state,
      planSave: { status: 'saving', error: null, current: null, request, origin: 'edit' },
    })),
    on(runningTabActions.suggestionApplied, (state, { request }): RunningState => ({
      ...state,
      planSave: { status: 'saving', error: null, current: null, request, origin: 'suggestion' },
    })),
    on(runningApiActions.planSaveSucceeded, (state, { plan }): RunningState => ({
      ...showSavedPlan(state, plan),
      planSave: { ...idleWrite, status: 'saved', origin: state.planSave.origin },
    })),
    on(runningApiActions.planSaveFailed, (state, { error, current }): RunningState => ({
      ...state,
      planSave: { ...state.planSave, status: current ? 'stale' : 'failed', error, current },
    })),
    on(runningTabActions.savedPlanTaken, (state, { plan }): RunningState => ({
      ...showSavedPlan(state, plan),
      planCreate: idleWrite,
      planSave: { ...idleWrite, origin: null },
    })),
    on(runningTabActions.suggestionPreviewed, (state, { suggestionId }): RunningState => ({
      ...state,
      previewSuggestionId: suggestionId,
      planSave: state.planSave.status === 'saving' ? state.planSave : { ...idleWrite, origin: null },
    })),
    on(runningTabActions.suggestionPreviewClosed, (state): RunningState => ({
      ...state,
      previewSuggestionId: null,
      planSave:
        state.planSave.origin === 'suggestion' && state.planSave.status !== 'saving'
          ? { ...idleWrite, origin: null }
          : state.planSave,
    })),

    on(runningTabActions.planHistoryOpened, (state, { patientId }): RunningState => ({
      ...state,
      versions: {
        patientId,
        versions: state.versions.patientId === patientId ? state.versions.versions : [],
        status: 'loading',
        error: null,
      },
    })),
    on(runningApiActions.versionsLoadSucceeded, (state, { patientId, versions }): RunningState =>
      state.versions.patientId === patientId
        ? { ...state, versions: { patientId, versions, status: 'loaded', error: null } }
        : state,
    ),
    on(runningApiActions.versionsLoadFailed, (state, { patientId, error }): RunningState =>
      state.versions.patientId === patientId
        ? { ...state, versions: { ...state.versions, status: 'failed', error } }
        : state,
    ),

    on(runningTabActions.runFormOpened, (state, { runId }): RunningState => ({
      ...state,
      runForm: { open: true, runId, value: null },
      runSave: idleWrite,
    })),
    on(runningTabActions.runFormEdited, (state, { value }): RunningState =>
      state.runForm.open ? { ...state, runForm: { ...state.runForm, value } } : state,
    ),

    on(runningDraftActions.draftFound, (state, { patientId, savedAt, draft }): RunningState =>
      state.patientId === patientId ? { ...state, draftOffer: { savedAt, draft } } : state,
    ),
    on(runningTabActions.draftRestored, (state): RunningState => {
      if (!state.draftOffer) return state;
      const { plan, run } = state.draftOffer.draft;
      const restored = { ...state, draftOffer: null };
      const withPlan =
        plan && state.plan?.kind === 'mileage'
          ? { ...restored, draft: plan.weeks, draftVersion: plan.version, undo: [plan.baseWeeks] }
          : restored;
      if (!run) return withPlan;
      // A run deleted since the draft was kept is logged again as a new one rather than lost.
      const runId = run.runId && state.entities[run.runId] ? run.runId : null;
      return { ...withPlan, runForm: { open: true, runId, value: run.value }, runSave: idleWrite };
    }),
    on(runningTabActions.draftDismissed, (state): RunningState => ({ ...state, draftOffer: null })),
    on(runningTabActions.unsavedWorkDiscarded, (state): RunningState => ({
      ...state,
      draft: null,
      draftVersion: null,
      undo: [],
      runForm: closedRunForm,
      draftOffer: null,
    })),
    on(runningTabActions.runFormClosed, (state): RunningState => ({
      ...state,
      runForm: closedRunForm,
      runSave: idleWrite,
    })),
    on(
      runningTabActions.runSubmitted,
      runningTabActions.runEditSubmitted,
      (state, { request }): RunningState => ({
        ...state,
        runSave: { status: 'saving', error: null, current: null, request },
      }),
    ),
    on(runningApiActions.runCreateSucceeded, (state, { run }): RunningState =>
      runsAdapter.addOne(run, {
        ...state,
        runForm: closedRunForm,
        runSave: { ...idleWrite, status: 'saved' },
      }),
    ),
    on(runningApiActions.runUpdateSucceeded, (state, { run }): RunningState =>
      runsAdapter.setOne(run, {
        ...state,
        runForm: closedRunForm,
        runSave: { ...idleWrite, status: 'saved' },
      }),
    ),
    on(runningApiActions.runCreateFailed, (state, { error }): RunningState => ({
      ...state,
      runSave: { ...state.runSave, status: 'failed', error, current: null },
    })),
    on(runningApiActions.runUpdateFailed, (state, { error, current }): RunningState => ({
      ...state,
      runSave: { ...state.runSave, status: current ? 'stale' : 'failed', error, current },
    })),
    on(runningTabActions.savedRunTaken, (state, { run }): RunningState =>
      runsAdapter.setOne(run, { ...state, runSave: idleWrite }),
    ),
    on(runningTabActions.runDeleteConfirmed, (state, { runId }): RunningState => ({
      ...state,
      runDelete: { runId, error: null },
    })),
    on(runningApiActions.runDeleteSucceeded, (state, { runId }): RunningState =>
      runsAdapter.removeOne(runId, {
        ...state,
        runDelete: { runId: null, error: null },
        runForm: state.runForm.runId === runId ? closedRunForm : state.runForm,
      }),
    ),
    on(runningApiActions.runDeleteFailed, (state, { error }): RunningState => ({
      ...state,
      runDelete: { runId: null, error },
    })),
  ),
  extraSelectors: ({ selectRunningState }) => ({
    selectRuns: runsAdapter.getSelectors(selectRunningState).selectAll,
  }),
});

function startLoading(state: RunningState): RunningState {
  return {
    ...state,
    planStatus: 'loading',
    planError: null,
    runsStatus: 'loading',
    runsError: null,
  };
}

/** The saved plan's weeks as the table edits them, in the plan's unit. */
export function draftOf(plan: RunningPlanDto | null): PlanDraftWeek[] {
  if (plan?.kind !== 'mileage') return [];
  return plan.weeks.map((week) => ({
    weekStart: week.weekStart,
    distance: fromMetres(week.plannedMetres, plan.settings.unit),
    kind: week.kind,
  }));
}

/** One edit of the planned weeks, undoable; `change` returns null when it changes nothing. */
function editDraft(
  state: RunningState,
  change: (weeks: PlanDraftWeek[]) => PlanDraftWeek[] | null,
): RunningState {
  if (state.plan?.kind !== 'mileage') return state;
  const weeks = state.draft ?? draftOf(state.plan);
  const draft = change(weeks);
  if (!draft) return state;
  return {
    ...state,
    draft,
    draftVersion: state.draft ? state.draftVersion : state.plan.version,
    undo: [...state.undo, weeks],
  };
}

function showSavedPlan(state: RunningState, plan: RunningPlanDto): RunningState {
  return {
    ...state,
    plan,
    planStatus: 'loaded',
    draft: null,
    draftVersion: null,
    undo: [],
    previewSuggestionId: null,
  };
}
