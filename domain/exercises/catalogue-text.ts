import { catalogueExercise } from './catalogue';
import { type ExerciseText, type HandoutLanguage, englishText } from './exercise-text';
import { spanishCatalogueText } from './spanish/spanish-catalogue-text';

/**
 * A catalogue exercise's words in a language, or null when the language has no translation for it (or the id is
 * not a catalogue exercise). Custom exercises are written by the clinic in English and have no translation.
 */
export function catalogueText(id: string, language: HandoutLanguage): ExerciseText | null {
  const exercise = catalogueExercise(id);
  if (!exercise) return null;
  if (language === 'en') return englishText(exercise);
  return spanishCatalogueText[id] ?? null;
}
