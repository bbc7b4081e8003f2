import type { CustomExerciseFields } from '../contracts/exercises';
import type { Exercise } from './exercise';

/**
 * A catalogue exercise as the starting point of a clinic's custom one: every field copied (nothing shared, so
 * editing the copy never touches the catalogue), `basedOn` naming the original. The ladder links are kept, so the
 * copy progresses and regresses into the catalogue's ladder; the catalogue never links back to a custom exercise.
 */
export function copyAsCustom(exercise: Exercise): CustomExerciseFields {
  const { id, ...fields } = structuredClone(exercise);
  return { ...fields, basedOn: id };
}
