import type { Diagnosis } from '../contracts/patients';
import type { Exercise, ExerciseLookup, Precaution } from '../exercises/exercise';
import { programItems, type Program, type ProgramSection } from './program';

/** The exercise's cautions that apply to a patient with this diagnosis. */
export function precautionsFor(exercise: Exercise, diagnosis: Diagnosis): Precaution[] {
  return exercise.precautions.filter((p) => p.diagnoses.includes(diagnosis));
}

/** A caution shown on a program row: it flags and informs, the therapist decides. */
export interface PrecautionWarning {
  itemId: string;
  section: ProgramSection;
  exerciseId: string;
  exerciseName: string;
  diagnosis: Diagnosis;
  text: string;
  source: string;
}

/**
 * Every caution in the program for the patient's diagnosis, in builder order. An item whose exercise is unknown
 * (a custom exercise since deleted) has no cautions to show.
 */
export function precautionWarnings(
  program: Program,
  diagnosis: Diagnosis,
  lookup: ExerciseLookup,
): PrecautionWarning[] {
  return programItems(program).flatMap(({ section, item }) => {
    const exercise = lookup(item.exerciseId);
    if (!exercise) return [];
    return precautionsFor(exercise, diagnosis).map((p) => ({
      itemId: item.id,
      section,
      exerciseId: exercise.id,
      exerciseName: exercise.name,
      diagnosis,
      text: p.text,
      source: p.source,
    }));
  });
}
