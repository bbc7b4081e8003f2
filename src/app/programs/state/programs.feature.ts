import type { ApiError } from '@domain/contracts/api-error';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import type {
  ApplyTemplateRequest,
  ProgramVersion,
  ProgramVersionSummary,
  SaveProgramRequest,
  TemplateResponse,
} from '@domain/contracts/programs';
import {
  addItem,
  emptyProgram,
  findItem,
  moveItemToSection,
  programSectionLabels,
  removeItem,
  updateItem,
  type Program,
} from '@domain/programs/program';
import { progress, regress } from '@domain/programs/progress-regress';
import { createFeature, createReducer, on } from '@ngrx/store';
import { programTabActions, programsApiActions } from './programs.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** The write a 409 interrupted, sent again at the newer version when the therapist keeps theirs. */
export type ProgramWrite =
  | { kind: 'save'; request: SaveProgramRequest }
  | { kind: 'template'; request: ApplyTemplateRequest };

/**
 * A write and what came of it. `failed` keeps the builder as it is and offers Retry; `stale` means someone else
 * saved first and `current` is their version: nothing is overwritten silently.
 */
export interface ProgramWriteState {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'stale';
  error: ApiError | null;
  current: ProgramVersion | null;
  write: ProgramWrite | null;
}

export interface ProgramState {
  patientId: string | null;
  status: LoadStatus;
  error: ApiError | null;
  /** The latest saved version; null before the first save. */
  saved: ProgramVersion | null;
  /** The program in the builder: the saved one, or the saved one with the edits below. */
  program: Program;
  /** The version the edits began from: they are saved at it, so a newer save answers 409. */
  baseVersion: number;
  /** Earlier states of `program` since the last save, oldest first: Undo goes back through them. */
  past: Program[];
  /** States undone, most recently undone last: Redo brings them back until the next edit. */
  future: Program[];
  /** What the last action did, said in the page's live region (a move, a Progress, an undo). */
  announcement: string;
  write: ProgramWriteState;
  exercises: ExerciseResponse[];
  exercisesStatus: LoadStatus;
  templates: TemplateResponse[];
  templatesStatus: LoadStatus;
  templateSave: { status: 'idle' | 'saving' | 'saved' | 'failed'; error: ApiError | null };
  history: {
    status: LoadStatus;
    versions: ProgramVersionSummary[];
    error: ApiError | null;
  };
  /** Versions read for viewing or comparing, by number: a saved version never changes. */
  versionCache: Record<number, ProgramVersion>;
  /** One version shown on its own, or two compared (older first). */
  shown:
    | { kind: 'none' }
    | { kind: 'one'; version: number }
    | { kind: 'two'; older: number; newer: number };
  versionError: ApiError | null;
}

const idleWrite: ProgramWriteState = { status: 'idle', error: null, current: null, write: null };

export const initialProgramState: ProgramState = {
  patientId: null,
  status: 'idle',
  error: null,
  saved: null,
  program: emptyProgram(),
  baseVersion: 0,
  past: [],
  future: [],
  announcement: '',
  write: idleWrite,
  exercises: [],
  exercisesStatus: 'idle',
  templates: [],
  templatesStatus: 'idle',
  templateSave: { status: 'idle', error: null },
  history: { status: 'idle', versions: [], error: null },
  versionCache: {},
  shown: { kind: 'none' },
  versionError: null,
};

/**
 * One edit: the builder shows `next`, and the program before it goes on the undo list. An edit that changes
 * nothing (the domain helpers then return the same object) leaves no step to undo.
 */
function edit(state: ProgramState, next: Program, announcement: string): ProgramState {
  if (next === state.program) return { ...state, announcement };
  return {
    ...state,
    program: next,
    past: [...state.past, state.program],
    future: [],
    announcement,
  };
}

/** The builder shows a saved version with nothing to undo. */
function showSaved(state: ProgramState, saved: ProgramVersion | null): ProgramState {
  return {
    ...state,
    saved,
    program: saved?.program ?? emptyProgram(),
    baseVersion: saved?.version ?? 0,
    past: [],
    future: [],
  };
}

function exerciseName(state: ProgramState, exerciseId: string): string {
  return state.exercises.find((e) => e.id === exerciseId)?.name ?? 'The exercise';
}

function itemName(state: ProgramState, itemId: string): string {
  const place = findItem(state.program, itemId);
  return place ? exerciseName(state, place.item.exerciseId) : 'The exercise';
}

const exerciseLookup = (state: ProgramState) => {
  const byId = new Map(state.exercises.map((e) => [e.id, e]));
  return (id: string) => byId.get(id);
};

export const programsFeature = createFeature({
  name: 'programs',
  reducer: createReducer(
    initialProgramState,
    on(programTabActions.opened, (state, { patientId }): ProgramState => {
      // The same patient keeps unsaved edits while the program is read again; another starts from nothing.
      const base =
        state.patientId === patientId
          ? state
          : {
              ...initialProgramState,
              patientId,
              exercises: state.exercises,
              exercisesStatus: state.exercisesStatus,
              templates: state.templates,
              templatesStatus: state.templatesStatus,
            };
      return {
        ...base,
        status: 'loading',
        error: null,
        exercisesStatus: base.exercisesStatus === 'loaded' ? 'loaded' : 'loading',
        templatesStatus: base.templatesStatus === 'loaded' ? 'loaded' : 'loading',
      };
    }),
    on(programTabActions.retryLoadSelected, (state, { patientId }): ProgramState =>
      state.patientId === patientId ? { ...state, status: 'loading', error: null } : state,
    ),
    on(programsApiActions.programLoadSucceeded, (state, { patientId, current }): ProgramState => {
      if (state.patientId !== patientId) return state;
      const loaded = { ...state, status: 'loaded' as const };
      // Edits made before the read stay, at the version they began from: a newer save answers 409 on saving.
      return state.past.length ? { ...loaded, saved: current } : showSaved(loaded, current);
    }),
    on(programsApiActions.programLoadFailed, (state, { patientId, error }): ProgramState =>
      state.patientId === patientId ? { ...state, status: 'failed', error } : state,
    ),
    on(programsApiActions.exercisesLoadSucceeded, (state, { exercises }): ProgramState => ({
      ...state,
      exercises,
      exercisesStatus: 'loaded',
    })),
    on(programsApiActions.exercisesLoadFailed, (state): ProgramState => ({
      ...state,
      exercisesStatus: 'failed',
    })),
    on(programsApiActions.templatesLoadSucceeded, (state, { templates }): ProgramState => ({
      ...state,
      templates,
      templatesStatus: 'loaded',
    })),
    on(programsApiActions.templatesLoadFailed, (state): ProgramState => ({
      ...state,
      templatesStatus: 'failed',
    })),

    on(programTabActions.exerciseAdded, (state, { section, exerciseId, dose }): ProgramState =>
      edit(
        state,
        addItem(state.program, section, { exerciseId, dose }),
        `Added ${exerciseName(state, exerciseId)} to ${programSectionLabels[section]}.`,
      ),
    ),
    on(programTabActions.exerciseRemoved, (state, { itemId }): ProgramState =>
      edit(state, removeItem(state.program, itemId), `Removed ${itemName(state, itemId)}.`),
    ),
    on(programTabActions.exerciseMoved, (state, { itemId, section, index }): ProgramState => {
      const next = moveItemToSection(state.program, itemId, section, index);
      const place = findItem(next, itemId);
      const where = place
        ? `${programSectionLabels[place.section]}, position ${place.index + 1} of ${next.sections[place.section].length}`
        : '';
      return edit(state, next, `${itemName(state, itemId)} moved to ${where}.`);
    }),
    on(programTabActions.doseChanged, (state, { itemId, dose }): ProgramState =>
      edit(
        state,
        updateItem(state.program, itemId, { dose }),
        `Changed the dose of ${itemName(state, itemId)}.`,
      ),
    ),
    on(programTabActions.exerciseStepped, (state, { itemId, direction }): ProgramState => {
      const place = findItem(state.program, itemId);
      if (!place) return state;
      const step = direction === 'progress' ? progress : regress;
      const result = step(place.item, exerciseLookup(state));
      if (result.change === 'none') return { ...state, announcement: result.message };
      return edit(state, updateItem(state.program, itemId, result.item), result.message);
    }),
    on(programTabActions.editUndone, (state): ProgramState => {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        program: previous,
        past: state.past.slice(0, -1),
        future: [...state.future, state.program],
        announcement: 'Undone.',
      };
    }),
    on(programTabActions.editRedone, (state): ProgramState => {
      const next = state.future[state.future.length - 1];
      if (!next) return state;
      return {
        ...state,
        program: next,
        past: [...state.past, state.program],
        future: state.future.slice(0, -1),
        announcement: 'Redone.',
      };
    }),
    on(programTabActions.editsDiscarded, (state): ProgramState => ({
      ...showSaved(state, state.saved),
      write: state.write.status === 'saving' ? state.write : idleWrite,
      announcement: 'Unsaved changes discarded.',
    })),
    on(programTabActions.draftRestored, (state, { program, baseVersion }): ProgramState => ({
      ...edit(state, program, 'Unsaved changes restored.'),
      baseVersion,
    })),

    on(
      programTabActions.saveSubmitted,
      programTabActions.versionRestored,
      (state, { request }): ProgramState => ({
        ...state,
        write: { status: 'saving', error: null, current: null, write: { kind: 'save', request } },
      }),
    ),
    on(programTabActions.templateApplied, (state, { request }): ProgramState => ({
      ...state,
      write: { status: 'saving', error: null, current: null, write: { kind: 'template', request } },
    })),
    on(programsApiActions.saveSucceeded, (state, { saved }): ProgramState => ({
      ...showSaved(state, saved),
      write: { ...idleWrite, status: 'saved' },
      // The list is read again when next opened: it now has one more version.
      history: { ...state.history, status: 'idle' },
      announcement: `Saved as version ${saved.version}.`,
    })),
    on(programsApiActions.saveFailed, (state, { error, current }): ProgramState => ({
      ...state,
      write: { ...state.write, status: current ? 'stale' : 'failed', error, current },
    })),
    on(programTabActions.savedVersionTaken, (state, { current }): ProgramState => ({
      ...showSaved(state, current),
      write: idleWrite,
      announcement: `Showing version ${current.version}.`,
    })),

    on(programTabActions.templateSaved, (state): ProgramState => ({
      ...state,
      templateSave: { status: 'saving', error: null },
    })),
    on(programsApiActions.templateSaveSucceeded, (state, { template }): ProgramState => ({
      ...state,
      templates: [...state.templates, template],
      templateSave: { status: 'saved', error: null },
      announcement: `Saved the clinic template “${template.name}”.`,
    })),
    on(programsApiActions.templateSaveFailed, (state, { error }): ProgramState => ({
      ...state,
      templateSave: { status: 'failed', error },
    })),

    on(programTabActions.historyOpened, (state): ProgramState => ({
      ...state,
      history: { ...state.history, status: 'loading', error: null },
    })),
    on(programsApiActions.versionsLoadSucceeded, (state, { patientId, versions }): ProgramState =>
      state.patientId === patientId
        ? { ...state, history: { status: 'loaded', versions, error: null } }
        : state,
    ),
    on(programsApiActions.versionsLoadFailed, (state, { patientId, error }): ProgramState =>
      state.patientId === patientId
        ? { ...state, history: { ...state.history, status: 'failed', error } }
        : state,
    ),
    on(programTabActions.versionViewed, (state, { version }): ProgramState => ({
      ...state,
      shown: { kind: 'one', version },
      versionError: null,
    })),
    on(programTabActions.comparisonChosen, (state, { older, newer }): ProgramState => ({
      ...state,
      shown: { kind: 'two', older: Math.min(older, newer), newer: Math.max(older, newer) },
      versionError: null,
    })),
    on(programTabActions.versionClosed, (state): ProgramState => ({
      ...state,
      shown: { kind: 'none' },
      versionError: null,
    })),
    on(programsApiActions.versionLoadSucceeded, (state, { version }): ProgramState => ({
      ...state,
      versionCache: { ...state.versionCache, [version.version]: version },
    })),
    on(programsApiActions.versionLoadFailed, (state, { error }): ProgramState => ({
      ...state,
      versionError: error,
    })),
  ),
});
