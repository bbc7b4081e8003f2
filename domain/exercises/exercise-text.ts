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

/** What the handout reads an exercise's words from: a catalogue exercise's own, or a custom one's (English only). */
export interface TextedExercise {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly precautions: readonly { readonly text: string }[];
}

/** The exercise's words as written (English). */
export function englishText(exercise: TextedExercise): ExerciseText {
  return {
    name: exercise.name,
    steps: exercise.steps,
    cues: exercise.cues,
    precautions: exercise.precautions.map((p) => p.text),
  };
}
