import type { HandoutLanguage } from '../handout/handout-options';

/**
 * The words of an exercise that a patient reads on the handout, in one language. `precautions` follow the
 * exercise's own `precautions` array, one text per entry, in the same order (the diagnoses and sources are not
 * translated: the patient does not read them).
 */
export interface ExerciseText {
  readonly name: string;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly precautions: readonly string[];
}

export type { HandoutLanguage };
