import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { Precaution } from '@domain/exercises/exercise';
import { filterExercises } from '@domain/exercises/exercise-filter';
import { ladderOf } from '@domain/exercises/ladders';
import { precautionsFor } from '@domain/programs/precautions';
import {
  type ProgramSection,
  programSectionLabels,
  programSections,
} from '@domain/programs/program';
import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { type LibraryQuery, toExerciseFilter } from '../library-query';
import { exercisesFeature } from './exercises.feature';

const { selectRouteParam, selectQueryParam } = getRouterSelectors();

/** The `:id` of `/exercises/:id` (the library with that exercise open) and `/exercises/:id/edit`. */
export const selectSelectedExerciseId = selectRouteParam('id');

/** `/exercises/new?copyOf=goblet-squat`: the exercise a new custom one starts from. */
export const selectCopyOfId = selectQueryParam('copyOf');

/** One exercise in the list, with its cautions for the "suitable for" diagnosis when it has any. */
export interface LibraryRow {
  exercise: ExerciseResponse;
  cautions: Precaution[];
  /** Position in the whole list, across sections: the keyboard moves by it. */
  index: number;
}

export interface LibrarySection {
  section: ProgramSection;
  label: string;
  rows: LibraryRow[];
}

export interface LibraryList {
  sections: LibrarySection[];
  /** Rows shown. */
  count: number;
  /** Exercises that match but have a caution for the chosen diagnosis (listed only on request). */
  cautionedCount: number;
}

/** Exercises by the builder's sections, in that order; within one, in the order given. */
export function bySection<T extends { section: ProgramSection }>(
  items: readonly T[],
): { section: ProgramSection; label: string; items: T[] }[] {
  return programSections
    .map((section) => ({
      section,
      label: programSectionLabels[section],
      items: items.filter((item) => item.section === section),
    }))
    .filter((group) => group.items.length > 0);
}

/**
 * The library as the query narrows it. "Suitable for" leaves out the exercises with a caution for the
 * diagnosis (`filterExercises`); on request they come back, each showing that caution, so the
 * therapist can still choose one knowingly.
 */
export function libraryList(
  exercises: readonly ExerciseResponse[],
  query: LibraryQuery,
): LibraryList {
  const ofOrigin = query.origin ? exercises.filter((e) => e.origin === query.origin) : exercises;
  const matching = filterExercises(ofOrigin, toExerciseFilter(query));
  const diagnosis = query.suitableFor;
  const suitable = diagnosis ? filterExercises(matching, { suitableFor: diagnosis }) : matching;
  const shown = diagnosis && query.showCautioned ? matching : suitable;
  let index = 0;
  const sections = bySection(shown).map(({ section, label, items }) => ({
    section,
    label,
    rows: items.map((exercise) => ({
      exercise,
      cautions: diagnosis ? precautionsFor(exercise, diagnosis) : [],
      index: index++,
    })),
  }));
  return { sections, count: shown.length, cautionedCount: matching.length - suitable.length };
}

export const selectLibraryList = createSelector(
  exercisesFeature.selectAllExercises,
  exercisesFeature.selectQuery,
  libraryList,
);

/** The exercise the address bar names, once the library holds it. */
export const selectSelectedExercise = createSelector(
  exercisesFeature.selectEntities,
  selectSelectedExerciseId,
  (entities, id) => (id === undefined ? null : (entities[id] ?? null)),
);

/** An address naming no exercise in the loaded library (a mistyped link, another clinic's). */
export const selectSelectedExerciseNotFound = createSelector(
  exercisesFeature.selectLoaded,
  selectSelectedExerciseId,
  selectSelectedExercise,
  (loaded, id, exercise) => loaded && id !== undefined && exercise === null,
);

/** The whole ladder the selected exercise stands on, easiest first. */
export const selectSelectedLadder = createSelector(
  exercisesFeature.selectEntities,
  selectSelectedExercise,
  (entities, exercise) => (exercise ? ladderOf(exercise, (id) => entities[id]) : []),
);

/** The catalogue or custom exercise a copy starts from, once loaded. */
export const selectCopySource = createSelector(
  exercisesFeature.selectEntities,
  selectCopyOfId,
  (entities, id) => (typeof id === 'string' ? (entities[id] ?? null) : null),
);

/**
 * The exercise the editor edits, once read fresh from the server: an edit starts from the version
 * saved now, never from an older copy the library holds.
 */
export const selectEditedExercise = createSelector(
  exercisesFeature.selectEntities,
  exercisesFeature.selectEdited,
  (entities, { id, loading, error }) =>
    id === null || loading || error ? null : (entities[id] ?? null),
);

/** Whose unsaved drafts the editor keeps: a shared workstation's next user never sees them. */
export const selectDraftOwnerId = createSelector(authFeature.selectUser, (user) => user?.id ?? '');

/** Exercises a custom one can regress or progress to, by section. */
export const selectLadderChoices = createSelector(exercisesFeature.selectAllExercises, (all) =>
  bySection(all).map(({ section, label, items }) => ({
    section,
    label,
    exercises: items.map(({ id, name }) => ({ id, name })),
  })),
);
