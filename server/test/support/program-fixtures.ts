import type { CreateCustomExerciseRequest } from '@domain/contracts/exercises';
import { catalogueExercise } from '@domain/exercises/catalogue';
import { copyAsCustom } from '@domain/exercises/copy-exercise';
import type { Program } from '@domain/programs/program';
import { builtInTemplate } from '@domain/programs/templates';

/** The built-in patellofemoral template's program (5 exercises, items i1–i5), a copy to edit freely. */
export function pfpProgram(): Program {
  return structuredClone(builtInTemplate('pfp-hip-knee')!.program);
}

/** A custom exercise as the library's form sends it: the catalogue's step-up, copied and renamed. */
export function customExerciseBody(
  changes: Partial<CreateCustomExerciseRequest> = {},
): CreateCustomExerciseRequest {
  return {
    ...copyAsCustom(catalogueExercise('step-up')!),
    name: 'Step-up with a pause',
    ...changes,
  };
}
