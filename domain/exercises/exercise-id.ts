import * as z from 'zod';

/**
 * Lower-case words joined by single hyphens. Catalogue exercises have readable ids (`goblet-squat`) that never change
 * once published, because saved programs and printed handouts refer to them; a clinic's custom exercise is
 * identified by its uuid, which has the same shape.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxExerciseIdLength = 60;

export const exerciseId = z
  .string({ error: 'Choose an exercise.' })
  .max(maxExerciseIdLength, { error: 'Unknown exercise.' })
  .regex(slugPattern, { error: 'Unknown exercise.' });

export function isSlug(text: string): boolean {
  return text.length <= maxExerciseIdLength && slugPattern.test(text);
}
