import { catalogue } from '../catalogue';
import { calfTrunkExercises } from '../catalogue-calf-trunk';
import { glutesHipExercises } from '../catalogue-glutes-hip';
import { hamstringExercises } from '../catalogue-hamstrings';
import { quadricepsExercises } from '../catalogue-quadriceps';
import { type Exercise, exerciseFields, precaution } from '../exercise';
import type { ExerciseText } from '../exercise-text';
import { kneePainLimit, meniscusAfterSurgery, meniscusDeepBend } from '../standard-precautions';
import { calfTrunkSpanish } from './calf-trunk-es';
import { glutesHipSpanish } from './glutes-hip-es';
import { hamstringsSpanish } from './hamstrings-es';
import { quadricepsSpanish } from './quadriceps-es';
import { spanishCatalogueText } from './spanish-catalogue-text';
import {
  kneePainLimitEs,
  meniscusAfterSurgeryEs,
  meniscusDeepBendEs,
} from './standard-precautions-es';

const groups = [
  { file: 'quadriceps-es.ts', english: quadricepsExercises, spanish: quadricepsSpanish },
  { file: 'hamstrings-es.ts', english: hamstringExercises, spanish: hamstringsSpanish },
  { file: 'glutes-hip-es.ts', english: glutesHipExercises, spanish: glutesHipSpanish },
  { file: 'calf-trunk-es.ts', english: calfTrunkExercises, spanish: calfTrunkSpanish },
];

const sharedCautions = new Map([
  [meniscusDeepBend, meniscusDeepBendEs],
  [meniscusAfterSurgery, meniscusAfterSurgeryEs],
  [kneePainLimit, kneePainLimitEs],
]);

/** Every translated exercise with its English original (an untranslated one is caught by the first spec). */
const pairs: { english: Exercise; spanish: ExerciseText }[] = catalogue.flatMap((english) => {
  const spanish = spanishCatalogueText[english.id];
  return spanish ? [{ english, spanish }] : [];
});

/** The sentences a patient reads, Spanish beside English, each labelled for a failure message. */
function sentences(english: Exercise, spanish: ExerciseText) {
  const englishPrecautions = english.precautions.map((p) => p.text);
  return [
    ...spanish.steps.map((es, i) => ({
      label: `${english.id} step ${i + 1}`,
      es,
      en: english.steps[i],
    })),
    ...spanish.cues.map((es, i) => ({
      label: `${english.id} cue ${i + 1}`,
      es,
      en: english.cues[i],
    })),
    ...spanish.precautions.map((es, i) => ({
      label: `${english.id} caution ${i + 1}`,
      es,
      en: englishPrecautions[i],
    })),
  ];
}

const numbers = (text: string) => text.match(/\d+/g) ?? [];

describe('Spanish catalogue text', () => {
  it('has Spanish words for every catalogue exercise', () => {
    const missing = catalogue.filter((e) => !spanishCatalogueText[e.id]).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('has no Spanish words for an id the catalogue does not hold', () => {
    const ids = new Set(catalogue.map((e) => e.id));
    expect(Object.keys(spanishCatalogueText).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps each catalogue group in its own file, in the catalogue order', () => {
    for (const group of groups) {
      expect(Object.keys(group.spanish))
        .withContext(group.file)
        .toEqual(group.english.map((e) => e.id));
    }
  });

  it('translates every step, cue and caution: the same counts as the English', () => {
    for (const { english, spanish } of pairs) {
      expect(spanish.steps.length).withContext(`${english.id} steps`).toBe(english.steps.length);
      expect(spanish.cues.length).withContext(`${english.id} cues`).toBe(english.cues.length);
      expect(spanish.precautions.length)
        .withContext(`${english.id} cautions`)
        .toBe(english.precautions.length);
    }
  });

  it('keeps to the English limits: no empty text, name ≤ 60, step ≤ 200, cue ≤ 120, caution ≤ 300 characters', () => {
    const problems = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
      result.error?.issues.map((i) => i.message) ?? [];
    for (const { english, spanish } of pairs) {
      expect(problems(exerciseFields.shape.name.safeParse(spanish.name)))
        .withContext(`${english.id} name`)
        .toEqual([]);
      expect(problems(exerciseFields.shape.steps.safeParse(spanish.steps)))
        .withContext(`${english.id} steps`)
        .toEqual([]);
      expect(problems(exerciseFields.shape.cues.safeParse(spanish.cues)))
        .withContext(`${english.id} cues`)
        .toEqual([]);
      spanish.precautions.forEach((text, i) => {
        expect(problems(precaution.shape.text.safeParse(text)))
          .withContext(`${english.id} caution ${i + 1}`)
          .toEqual([]);
      });
    }
  });

  it('writes whole sentences with no stray spaces: a capital first and a full stop last', () => {
    for (const { english, spanish } of pairs) {
      expect(spanish.name)
        .withContext(`${english.id} name`)
        .toMatch(/^\p{Lu}.*[^.\s]$/u);
      for (const { label, es } of sentences(english, spanish)) {
        expect(es)
          .withContext(label)
          .toMatch(/^[\p{Lu}¿¡].*\S\.$/u);
        expect(es).withContext(label).not.toMatch(/\s{2}/);
      }
    }
  });

  it('keeps steps and cues as short as the English asks: at most 25 words each', () => {
    for (const { english, spanish } of pairs) {
      for (const text of [...spanish.steps, ...spanish.cues]) {
        expect(text.split(/\s+/).length)
          .withContext(`${english.id}: ${text}`)
          .toBeLessThanOrEqual(25);
      }
    }
  });

  it('copies no English: no name, step, cue or caution is the same as the English', () => {
    for (const { english, spanish } of pairs) {
      expect(spanish.name).withContext(`${english.id} name`).not.toBe(english.name);
      for (const { label, es, en } of sentences(english, spanish)) {
        expect(es).withContext(label).not.toBe(en);
      }
    }
  });

  it('keeps every number of the English, in order (seconds, centimetres, 90°, 5 out of 10)', () => {
    for (const { english, spanish } of pairs) {
      for (const { label, es, en } of sentences(english, spanish)) {
        expect(numbers(es))
          .withContext(label)
          .toEqual(numbers(en ?? ''));
      }
    }
  });

  it('prints a shared caution in the same Spanish words on every exercise that carries it', () => {
    let checked = 0;
    for (const { english, spanish } of pairs) {
      english.precautions.forEach((caution, i) => {
        const shared = sharedCautions.get(caution);
        if (shared === undefined) return;
        checked += 1;
        expect(spanish.precautions[i])
          .withContext(`${english.id} caution ${i + 1}`)
          .toBe(shared);
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('speaks to the patient as "usted" and uses the glossary words, never their regional or ambiguous rivals', () => {
    const wholeWord = (alternatives: string) =>
      new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');
    const avoided: { word: RegExp; why: string }[] = [
      { word: wholeWord('tú|tu|tus|ti|te|contigo'), why: 'informal "tú": write "usted"' },
      { word: wholeWord('suelo'), why: 'write "piso"' },
      { word: wholeWord('párese'), why: 'write "póngase de pie"' },
      {
        word: wholeWord('acostad[oa]s?|sentad[oa]s?|parad[oa]s?'),
        why: 'no word that makes the patient a man or a woman: say what to do ("acuéstese de lado")',
      },
      {
        word: wholeWord('derech[oa]s?'),
        why: 'write "recto" or "estirado": "derecho" is also the right side',
      },
      { word: wholeWord('coche|carro|auto'), why: 'a regional word' },
    ];
    for (const { english, spanish } of pairs) {
      for (const { label, es } of [
        { label: `${english.id} name`, es: spanish.name },
        ...sentences(english, spanish),
      ]) {
        for (const { word, why } of avoided) {
          expect(es).withContext(`${label}: ${why}`).not.toMatch(word);
        }
      }
    }
  });
});
