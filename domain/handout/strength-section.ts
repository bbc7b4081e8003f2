import type { Diagnosis } from '../contracts/patients';
import { type Program, programSections } from '../programs/program';
import type { HandoutDocument, MissingTranslation } from './handout-document';
import { handoutExercise } from './handout-exercise';
import type { HandoutLanguage } from './handout-options';
import type { HandoutSources } from './handout-sources';
import { handoutWords } from './handout-words';

/**
 * The strength program grouped as the builder groups it (Quadriceps, Hamstrings, Glutes & hip, Other), empty groups
 * left out. An item whose exercise is no longer in the library cannot be printed and is listed for the therapist.
 */
export function strengthSection(
  program: Program,
  diagnosis: Diagnosis,
  exercise: HandoutSources['exercise'],
  language: HandoutLanguage,
  missing: MissingTranslation[],
): NonNullable<HandoutDocument['strength']> {
  const words = handoutWords(language).strength;
  const groups = programSections.flatMap((section) => {
    const exercises = program.sections[section].flatMap((item) => {
      const found = exercise(item.exerciseId);
      if (!found) {
        missing.push({ where: 'Exercise not in the library, left out', text: item.exerciseId });
        return [];
      }
      return [handoutExercise(item, found, diagnosis, language, missing)];
    });
    return exercises.length ? [{ section, heading: words.sections[section], exercises }] : [];
  });
  return { heading: words.heading, intro: words.intro, groups };
}
