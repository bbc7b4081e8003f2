import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { ProgramVersion } from '@domain/contracts/programs';
import { comparePrograms, doseChanges } from '@domain/programs/program-changes';
import {
  programItems,
  programSectionLabels,
  programSections,
  type ItemPlace,
  type ProgramItem,
  type ProgramSection,
} from '@domain/programs/program';
import { sessionEstimate } from '@domain/programs/session-minutes';
import { createSelector } from '@ngrx/store';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { programsFeature } from './programs.feature';

/** The patient the page shows: the Program tab lives on the patient page. */
export const selectProgramPatient = selectSelectedPatient;

/** A discharged patient's program can be read, not changed (the server refuses too). */
export const selectProgramReadOnly = createSelector(
  selectProgramPatient,
  (patient) => patient?.status === 'discharged',
);

export type ProgramLoad = 'loading' | 'failed' | 'ready';

/** The builder needs the program and the library to name its exercises. */
export const selectProgramLoad = createSelector(
  programsFeature.selectStatus,
  programsFeature.selectExercisesStatus,
  (program, exercises): ProgramLoad =>
    program === 'failed' || exercises === 'failed'
      ? 'failed'
      : program === 'loaded' && exercises === 'loaded'
        ? 'ready'
        : 'loading',
);

export const selectExercisesById = createSelector(
  programsFeature.selectExercises,
  (exercises): ReadonlyMap<string, ExerciseResponse> => new Map(exercises.map((e) => [e.id, e])),
);

export const selectExerciseNames = createSelector(
  programsFeature.selectExercises,
  (exercises): ReadonlyMap<string, string> => new Map(exercises.map((e) => [e.id, e.name])),
);

/** Unsaved work: any edit since the last save that is not undone. */
export const selectProgramDirty = createSelector(
  programsFeature.selectPast,
  (past) => past.length > 0,
);
export const selectCanUndo = selectProgramDirty;
export const selectCanRedo = createSelector(
  programsFeature.selectFuture,
  (future) => future.length > 0,
);

export interface BuilderSection {
  section: ProgramSection;
  label: string;
  /** The section's own array: unchanged sections keep it, so their rows are not checked again. */
  items: ProgramItem[];
}

export const selectBuilderSections = createSelector(programsFeature.selectProgram, (program) =>
  programSections.map((section): BuilderSection => ({
    section,
    label: programSectionLabels[section],
    items: program.sections[section],
  })),
);

export const selectItemCount = createSelector(
  programsFeature.selectProgram,
  (program) => programItems(program).length,
);

/** Every exercise on the same day: the longest session the program can make (domain/programs/session-minutes). */
export const selectSessionEstimate = createSelector(programsFeature.selectProgram, (program) =>
  sessionEstimate(programItems(program).map((p) => p.item.dose)),
);

export const selectBuiltInTemplates = createSelector(programsFeature.selectTemplates, (templates) =>
  templates.filter((t) => t.builtIn),
);
export const selectClinicTemplates = createSelector(programsFeature.selectTemplates, (templates) =>
  templates.filter((t) => !t.builtIn),
);

/** The version shown on its own, once read. */
export const selectShownVersion = createSelector(
  programsFeature.selectShown,
  programsFeature.selectVersionCache,
  (shown, cache): ProgramVersion | null =>
    shown.kind === 'one' ? (cache[shown.version] ?? null) : null,
);

export interface ComparedItem {
  itemId: string;
  name: string;
  section: string;
}
export interface ChangedItem extends ComparedItem {
  changes: string[];
}

export interface VersionComparison {
  older: ProgramVersion;
  newer: ProgramVersion;
  added: ComparedItem[];
  removed: ComparedItem[];
  /** Changed doses, exercises replaced along a ladder, and moves to another section. */
  changed: ChangedItem[];
}

/** Two versions compared item by item, with the same code the server writes its change summaries with. */
export const selectVersionComparison = createSelector(
  programsFeature.selectShown,
  programsFeature.selectVersionCache,
  selectExerciseNames,
  (shown, cache, names): VersionComparison | null => {
    if (shown.kind !== 'two') return null;
    const older = cache[shown.older];
    const newer = cache[shown.newer];
    if (!older || !newer) return null;
    const name = (p: ItemPlace) => names.get(p.item.exerciseId) ?? 'An unknown exercise';
    const row = (p: ItemPlace): ComparedItem => ({
      itemId: p.item.id,
      name: name(p),
      section: programSectionLabels[p.section],
    });
    const diff = comparePrograms(older.program, newer.program);
    const changed = new Map<string, ChangedItem>();
    const note = (p: ItemPlace, change: string) => {
      const entry = changed.get(p.item.id) ?? { ...row(p), changes: [] };
      entry.changes.push(change);
      changed.set(p.item.id, entry);
    };
    for (const k of diff.replaced) note(k.now, `replaced ${name(k.was)}`);
    for (const k of diff.dosed)
      for (const c of doseChanges(k.was.item.dose, k.now.item.dose)) note(k.now, c);
    for (const k of diff.moved) note(k.now, `moved from ${programSectionLabels[k.was.section]}`);
    return {
      older,
      newer,
      added: diff.added.map(row),
      removed: diff.removed.map(row),
      changed: [...changed.values()],
    };
  },
);
