import type { ApiError } from '@domain/contracts/api-error';
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import type { StrengthDay } from '@domain/cross-training/strength-days';
import { createFeature, createReducer, on } from '@ngrx/store';
import { type PlanDraft, blankPlan, draftOf } from '../plan-draft';
import { crossTrainingApiActions, crossTrainingTabActions } from './cross-training.actions';

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
  /** The typed-in field the last edit changed (see `Plan Edited`). */
  lastField: string | null;
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
  lastField: null,
  strength: { status: 'loading', days: [] },
  save: idleSave,
};

/** The saved version becomes the plan on screen, with nothing to undo. */
function showSaved(state: CrossTrainingState, saved: CrossTrainingVersion | null): CrossTrainingState {
  return { ...state, saved, plan: saved ? draftOf(saved.plan) : null, undo: [], lastField: null };
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
    on(crossTrainingApiActions.loadSucceeded, (state, { patientId, current }): CrossTrainingState =>
      state.patientId === patientId ? { ...showSaved(state, current), load: 'loaded' } : state,
    ),
    on(crossTrainingApiActions.loadFailed, (state, { patientId, error }): CrossTrainingState =>
      state.patientId === patientId ? { ...state, load: 'failed', loadError: error } : state,
    ),
    on(crossTrainingApiActions.strengthDaysLoaded, (state, { patientId, days }): CrossTrainingState =>
      state.patientId === patientId ? { ...state, strength: { status: 'loaded', days } } : state,
    ),
    on(crossTrainingApiActions.strengthDaysFailed, (state, { patientId }): CrossTrainingState =>
      state.patientId === patientId ? { ...state, strength: { status: 'failed', days: [] } } : state,
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
        lastField: field,
      };
    }),
    on(crossTrainingTabActions.editUndone, (state): CrossTrainingState => {
      const previous = state.undo.at(-1);
      return previous ? { ...state, plan: previous, undo: state.undo.slice(0, -1), lastField: null } : state;
    }),
    on(crossTrainingTabActions.saveSubmitted, (state): CrossTrainingState => ({
      ...state,
      save: { status: 'saving', error: null, current: state.save.current },
    })),
    on(crossTrainingApiActions.saveSucceeded, (state, { version }): CrossTrainingState => ({
      ...showSaved(state, version),
      save: { ...idleSave, status: 'saved' },
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
