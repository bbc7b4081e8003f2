import type { ExerciseResponse } from '../contracts/exercises';
import type { Diagnosis } from '../contracts/patients';
import { catalogueText } from '../exercises/catalogue-text';
import { type ExerciseText, englishText } from '../exercises/exercise-text';
import { drawExercise, illustrationOf } from '../illustrations/exercise-illustrations';
import { highlightedSegments } from '../illustrations/highlight';
import { renderIllustrationSvg } from '../illustrations/render-svg';
import type { ProgramItem } from '../programs/program';
import { doseSentence } from './dose-sentence';
import type { HandoutExercise, HandoutPicture, MissingTranslation } from './handout-document';
import type { HandoutLanguage } from './handout-options';
import { handoutWords } from './handout-words';

/**
 * One program item as printed. An exercise without words in the handout's language (a custom one, or a gap in a
 * translation) is printed in English, marked `englishOnly`, and listed for the therapist; so are the therapist's
 * notes when the handout is not in English, since they are printed as typed.
 */
export function handoutExercise(
  item: ProgramItem,
  exercise: ExerciseResponse,
  diagnosis: Diagnosis,
  language: HandoutLanguage,
  missing: MissingTranslation[],
): HandoutExercise {
  const translated = exercise.origin === 'catalogue' ? catalogueText(exercise.id, language) : null;
  const words: ExerciseText = translated ?? englishText(exercise);
  const englishOnly = translated === null && language !== 'en';
  if (englishOnly) missing.push({ where: `Exercise "${exercise.name}"`, text: exercise.name });
  const notes = item.dose.notes;
  if (notes !== null && language !== 'en') {
    missing.push({ where: `Notes on "${exercise.name}"`, text: notes });
  }
  return {
    itemId: item.id,
    exerciseId: exercise.id,
    englishOnly,
    name: words.name,
    picture: picture(exercise, words.name, englishOnly ? 'en' : language),
    steps: [...words.steps],
    cues: [...words.cues],
    dose: doseSentence(item.dose, language),
    // The translated cautions follow the exercise's own, entry by entry.
    precautions: exercise.precautions.flatMap((p, i) =>
      p.diagnoses.includes(diagnosis) ? [words.precautions[i] ?? p.text] : [],
    ),
    notes,
  };
}

/**
 * The clinic's uploaded picture when there is one, else the start → end drawing (a custom exercise on the poses it
 * names, optionally mirrored). In English the drawing keeps the renderer's own detailed text alternative; in another
 * language it gets a short one in that language.
 */
function picture(
  exercise: ExerciseResponse,
  name: string,
  language: HandoutLanguage,
): HandoutPicture {
  const words = handoutWords(language);
  const alt = words.pictureAlt(name);
  if (exercise.imageUrl) return { kind: 'image', url: exercise.imageUrl, alt };
  const drawn = { ...exercise, basedOn: exercise.poseFrom ?? exercise.basedOn };
  const options = { mirror: exercise.mirrorPose ?? false };
  if (language === 'en') {
    const drawing = drawExercise(drawn, options);
    return drawing ? { kind: 'drawing', ...drawing } : { kind: 'none' };
  }
  const illustration = illustrationOf(drawn);
  if (!illustration) return { kind: 'none' };
  const svg = renderIllustrationSvg(illustration, {
    alt,
    mirror: options.mirror,
    labels: words.pictureLabels,
    highlight: highlightedSegments(exercise, illustration.working),
  });
  return { kind: 'drawing', svg, alt };
}
