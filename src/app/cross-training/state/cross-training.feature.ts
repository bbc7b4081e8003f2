import type { ApiError } from '@domain/contracts/api-error';
import type {
  CrossTrainingVersion,
  CrossTrainingVersionSummary,
} from '@domain/contracts/cross-training';
import type { StrengthDay } from '@domain/cross-training/strength-days';
import { createFeature, createReducer, on } from '@ngrx/store';
import { type PlanDraft, blankPlan, draftOf } from '../plan-draft';
import {
  type PlannedRunningWeeks,
  crossTrainingApiActions,
  crossTrainingTabActions,
} from './cross-training.actions';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'stale';

export interface CrossTrainingState {
  patientId: string | null;
  load: 'idle' | 'loading' | 'loaded' | 'failed';
  loadError: ApiError | null;
  /** The latest saved version; null before the first save. */
  saved: CrossTrainingVersion | null;
  /** The plan being edited; null while there is none, saved or begun. */
  plan: PlanDraft | null;
  /** Earlier states of `plan` since the last save, oldest first: Undo steps back through them. */
  undo: PlanDraft[];
  /** States undone, most recently undone last: Redo brings them back until the next edit. */
  redo: PlanDraft[];
  /** The typed-in field the last edit changed (see `Plan Edited`). */
  lastField: string | null;
  history: {
    status: 'idle' | 'loading' | 'loaded' | 'failed';
    versions: CrossTrainingVersionSummary[];
    error: ApiError | null;
  };
  /** A saved version opened from the history (`loading` while it is read). */
  shown: {
    status: 'idle' | 'loading' | 'loaded' | 'failed';
    version: CrossTrainingVersion | null;
    error: ApiError | null;
  };
  /** The running plan's weekly distances for the schedule; `plan` null without a mileage plan. */
  running: { status: 'loading' | 'loaded' | 'failed'; plan: PlannedRunningWeeks | null };
  /** The strength program's days for the weekly schedule; `failed` when the program could not be read. */
  strength: { status: 'loading' | 'loaded' | 'failed'; days: StrengthDay[] };
  save: {
    status: SaveStatus;
    error: ApiError | null;
    /** After a stale save, the version someone else saved. */
    current: CrossTrainingVersion | null;
  };
}

const idleSave: CrossTrainingState['save'] = { status: 'idle', error: null, current: null };

export const initialCrossTrainingState: CrossTrainingState = {
  patientId: null,
  load: 'idle',
  loadError: null,
  saved: null,
  plan: null,
  undo: [],
  redo: [],
  lastField: null,
  history: { status: 'idle', versions: [], error: null },
  shown: { status: 'idle', version: null, error: null },
  running: { status: 'loading', plan: null },
  strength: { status: 'loading', days: [] },
  save: idleSave,
};

function summaryOf({
  version,
  savedAt,
  savedBy,
  changeSummary,
}: CrossTrainingVersion): CrossTrainingVersionSummary {
  return { version, savedAt, savedBy, changeSummary };
}

/** The saved version becomes the plan on screen, with nothing to undo. */
function showSaved(
  state: CrossTrainingState,
  saved: CrossTrainingVersion | null,
): CrossTrainingState {
  return {
    ...state,
    saved,
    plan: saved ? draftOf(saved.plan) : null,
    undo: [],
    redo: [],
    lastField: null,
  };
}

/**
 * One plan at a time, the selected patient's: no entity adapter, since there is no collection to keep. The plan
 * being edited lives here, not in the form, so leaving the tab and coming back finds the edits and the undo steps.
 */
export const crossTrainingFeature = createFeature({
  name: 'crossTraining',
  reducer: createReducer(
    initialCrossTrainingState,
    on(crossTrainingTabActions.opened, (state, { patientId }): CrossTrainingState =>
      state.patientId === patientId && state.load !== 'failed'
        ? state
        : { ...initialCrossTrainingState, patientId, load: 'loading' },
    ),
    on(crossTrainingTabActions.retryLoadSelected, (state, { patientId }): CrossTrainingState => ({
      ...initialCrossTrainingState,
      patientId,
      load: 'loading',
    })),
    on(
      crossTrainingApiActions.loadSucceeded,
      (state, { patientId, current }): CrossTrainingState => {
        if (state.patientId !== patientId) return state;
        // The tab opening again reads the plan again: edits made before the answer stay, on the version they began
        // from, which a save names, so a colleague's newer save answers 409 rather than being overwritten.
        return state.undo.length
          ? { ...state, load: 'loaded' }
          : { ...showSaved(state, current), load: 'loaded' };
      },
    ),
    on(crossTrainingApiActions.loadFailed, (state, { patientId, error }): CrossTrainingState =>
      state.patientId === patientId ? { ...state, load: 'failed', loadError: error } : state,
    ),
    on(
      crossTrainingApiActions.runningWeeksLoaded,
      (state, { patientId, running }): CrossTrainingState =>
        state.patientId === patientId
          ? { ...state, running: { status: 'loaded', plan: running } }
          : state,
    ),
    on(crossTrainingApiActions.runningWeeksFailed, (state, { patientId }): CrossTrainingState =>
      state.patientId === patientId
        ? { ...state, running: { status: 'failed', plan: null } }
        : state,
    ),
    on(
      crossTrainingApiActions.strengthDaysLoaded,
      (state, { patientId, days }): CrossTrainingState =>
        state.patientId === patientId ? { ...state, strength: { status: 'loaded', days } } : state,
    ),
    on(crossTrainingApiActions.strengthDaysFailed, (state, { patientId }): CrossTrainingState =>
      state.patientId === patientId
        ? { ...state, strength: { status: 'failed', days: [] } }
        : state,
    ),
    on(crossTrainingTabActions.planStarted, (state, { startWeek }): CrossTrainingState => ({
      ...state,
      plan: blankPlan(startWeek),
      undo: [],
      lastField: null,
    })),
    on(crossTrainingTabActions.planEdited, (state, { plan, field }): CrossTrainingState => {
      if (!state.plan) return state;
      const sameField = field !== null && field === state.lastField;
      return {
        ...state,
        plan,
        undo: sameField ? state.undo : [...state.undo, state.plan],
        redo: [],
        lastField: field,
      };
    }),
    on(crossTrainingTabActions.editUndone, (state): CrossTrainingState => {
      const previous = state.undo.at(-1);
      if (!previous || !state.plan) return state;
      return {
        ...state,
        plan: previous,
        undo: state.undo.slice(0, -1),
        redo: [...state.redo, state.plan],
        lastField: null,
      };
    }),
    on(crossTrainingTabActions.editRedone, (state): CrossTrainingState => {
      const next = state.redo.at(-1);
      if (!next || !state.plan) return state;
      return {
        ...state,
        plan: next,
        undo: [...state.undo, state.plan],
        redo: state.redo.slice(0, -1),
        lastField: null,
      };
    }),
    on(
      crossTrainingTabActions.saveSubmitted,
      crossTrainingTabActions.versionRestored,
      (state): CrossTrainingState => ({
        ...state,
        save: { status: 'saving', error: null, current: state.save.current },
      }),
    ),
    on(crossTrainingApiActions.saveSucceeded, (state, { version }): CrossTrainingState => ({
      ...showSaved(state, version),
      save: { ...idleSave, status: 'saved' },
      history:
        state.history.status === 'loaded'
          ? { ...state.history, versions: [summaryOf(version), ...state.history.versions] }
          : state.history,
      shown: initialCrossTrainingState.shown,
    })),
    on(crossTrainingTabActions.historyOpened, (state): CrossTrainingState => ({
      ...state,
      history: { ...state.history, status: 'loading', error: null },
    })),
    on(
      crossTrainingApiActions.versionsLoadSucceeded,
      (state, { patientId, versions }): CrossTrainingState =>
        state.patientId === patientId
          ? { ...state, history: { status: 'loaded', versions, error: null } }
          : state,
    ),
    on(
      crossTrainingApiActions.versionsLoadFailed,
      (state, { patientId, error }): CrossTrainingState =>
        state.patientId === patientId
          ? { ...state, history: { ...state.history, status: 'failed', error } }
          : state,
    ),
    on(crossTrainingTabActions.versionViewed, (state): CrossTrainingState => ({
      ...state,
      shown: { status: 'loading', version: null, error: null },
    })),
    on(crossTrainingApiActions.versionLoadSucceeded, (state, { version }): CrossTrainingState => ({
      ...state,
      shown: { status: 'loaded', version, error: null },
    })),
    on(crossTrainingApiActions.versionLoadFailed, (state, { error }): CrossTrainingState => ({
      ...state,
      shown: { status: 'failed', version: null, error },
    })),
    on(crossTrainingTabActions.versionClosed, (state): CrossTrainingState => ({
      ...state,
      shown: initialCrossTrainingState.shown,
    })),
    on(crossTrainingApiActions.saveFailed, (state, { error, current }): CrossTrainingState => ({
      ...state,
      save: { status: current ? 'stale' : 'failed', error, current },
    })),
    on(crossTrainingTabActions.savedPlanTaken, (state, { version }): CrossTrainingState => ({
      ...showSaved(state, version),
      save: idleSave,
    })),
    on(crossTrainingTabActions.unsavedWorkDiscarded, (state): CrossTrainingState => ({
      ...showSaved(state, state.saved),
      save: idleSave,
    })),
  ),
});
