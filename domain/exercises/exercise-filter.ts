import type { Diagnosis } from '../contracts/patients';
import { precautionsFor } from '../programs/precautions';
import {
  equipmentLabels,
  muscleGroupLabels,
  type EquipmentKind,
  type Exercise,
  type MuscleGroup,
} from './exercise';

/** The library's filters; each one left out (or empty) lets every exercise through. */
export interface ExerciseFilter {
  /** Words that must all appear in the name, id, muscle groups or equipment; case and accents are ignored. */
  q?: string;
  /** Any of these as a main muscle group: a filter for "hamstrings" should not list every bridge. */
  muscleGroup?: readonly MuscleGroup[];
  /** Uses any of this equipment; `none` finds the exercises that need none. */
  equipment?: readonly EquipmentKind[];
  difficulty?: readonly number[];
  /** No caution for this diagnosis. */
  suitableFor?: Diagnosis;
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchText(e: Exercise): string {
  return folded(
    [
      e.name,
      e.id.replace(/-/g, ' '),
      ...[...e.primaryMuscles, ...e.secondaryMuscles].map((m) => muscleGroupLabels[m]),
      ...e.equipment.map((k) => equipmentLabels[k]),
    ].join(' '),
  );
}

/** The exercises that pass every filter, in the order given. */
export function filterExercises<E extends Exercise>(
  exercises: readonly E[],
  filter: ExerciseFilter,
): E[] {
  const words = folded(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const { muscleGroup, equipment, difficulty, suitableFor } = filter;
  return exercises.filter((e) => {
    if (muscleGroup?.length && !e.primaryMuscles.some((m) => muscleGroup.includes(m))) return false;
    if (equipment?.length && !e.equipment.some((k) => equipment.includes(k))) return false;
    if (difficulty?.length && !difficulty.includes(e.difficulty)) return false;
    if (suitableFor && precautionsFor(e, suitableFor).length > 0) return false;
    if (words.length) {
      const text = searchText(e);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}
