import type { ExerciseText } from '../exercise-text';

/** The catalogue's exercises in Spanish, by exercise id. Filled group by group; a missing id is listed, not guessed. */
export const spanishCatalogueText: Readonly<Partial<Record<string, ExerciseText>>> = {};
