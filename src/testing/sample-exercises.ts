import type { ExerciseResponse } from '@domain/contracts/exercises';
import { catalogue, catalogueExercise } from '@domain/exercises/catalogue';
import { copyAsCustom } from '@domain/exercises/copy-exercise';

/** A catalogue exercise as `GET /api/exercises` lists it: read-only, with no version. */
export function catalogueResponse(id: string): ExerciseResponse {
  const exercise = catalogueExercise(id);
  if (!exercise) throw new Error(`No catalogue exercise "${id}"`);
  return { ...structuredClone(exercise), origin: 'catalogue', basedOn: null, version: null };
}

export const pausedStepUpId = '2b7c9d4e-1f3a-4c5b-8e6d-9a0b1c2d3e4f';

/** The clinic's own exercise: a copy of the catalogue's step-up with a pause at the top. */
export function customExercise(overrides: Partial<ExerciseResponse> = {}): ExerciseResponse {
  const copy = copyAsCustom(catalogueExercise('step-up')!);
  return {
    ...copy,
    id: pausedStepUpId,
    name: 'Step-up with a pause',
    steps: [...copy.steps.slice(0, -1), 'Pause for 2 seconds at the top, then step down slowly.'],
    origin: 'custom',
    version: 2,
    ...overrides,
  };
}

/** The whole catalogue plus one custom exercise, as the library loads it. */
export function sampleLibrary(): ExerciseResponse[] {
  return [...catalogue.map((e) => catalogueResponse(e.id)), customExercise()];
}
