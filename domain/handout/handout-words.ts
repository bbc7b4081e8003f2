import type { Diagnosis } from '../contracts/patients';
import type { EffortBand, Intensity } from '../cross-training/intensity';
import type { Modality } from '../cross-training/modalities';
import type { ProgramSection } from '../programs/program';
import type { PainRuleSettings } from '../training-load/pain-zones';
import type { WalkJogLevel } from '../training-load/walk-jog-levels';
import type * as z from 'zod';
import type { handoutPainRule } from './handout-document';
import type { HandoutLanguage } from './handout-options';
import { englishHandoutWords } from './handout-words-en';
import { spanishHandoutWords } from './handout-words-es';

/**
 * Every word the handout prints that is not the therapist's or an exercise's own, in one language. Functions take
 * what varies (a number, a date already formatted for the language).
 */
export interface HandoutWords {
  title: string;
  patient: string;
  therapist: string;
  date: string;
  diagnosis: string;
  /** A plain-language title for each diagnosis; `other` is used when the therapist typed none. */
  diagnoses: Record<Diagnosis, string>;

  strength: { heading: string; intro: string; sections: Record<ProgramSection, string> };
  /** The text alternative of a clinic's own picture of an exercise, or of a drawing in a language the drawing's own alt is not in. */
  pictureAlt(exerciseName: string): string;
  /** The words over the drawing's two positions. */
  pictureLabels: { start: string; end: string };

  schedule: {
    heading: string;
    intro: string;
    restDay: string;
    easyRun: string;
    hardRun: string;
    strength: string;
    /** A day with only the light exercises done every day (domain/cross-training/strength-days.ts). */
    dailyExercises: string;
    /** "Week 1 (from Mon 7 Dec)". */
    week(number: number, from: string): string;
  };

  crossTraining: {
    heading: string;
    intro: string;
    modalities: Record<Modality, string>;
    minutes(minutes: number): string;
    /** "30 min, rising to 45 min" when the plan progresses. */
    rising(from: string, to: string): string;
    effort(intensity: Intensity): string;
    effortBands: Record<EffortBand, string>;
    /** "Swimming 30 min". */
    activity(name: string, minutes: string): string;
    weekOf(date: string): string;
  };

  running: {
    heading: string;
    mileageIntro: string;
    walkJogIntro: string;
    columns: { weekOf: string; distance: string; runDays: string };
    walkJogColumns: { weekOf: string; distance: string; runDays: string };
    level(level: number): string;
    walkJogSession(level: WalkJogLevel): string;
    walkJogRunDays: string;
    lighterWeek: string;
    raceWeek: string;
    hardRun: string;
    noRunDays: string;
    painHeading: string;
    painRules(rules: PainRuleSettings): z.infer<typeof handoutPainRule>[];
    painSource(citation: string): string;
  };

  /** The pain item names the clinic's own red threshold. */
  whenToCall: { heading: string; items(rules: PainRuleSettings): string[] };
  footer: {
    program(version: number): string;
    crossTraining(version: number): string;
    running(version: number): string;
    printed(date: string): string;
    pageOf: string;
  };
}

export function handoutWords(language: HandoutLanguage): HandoutWords {
  return language === 'es' ? spanishHandoutWords : englishHandoutWords;
}
