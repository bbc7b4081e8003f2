import * as z from 'zod';
import { programSection } from '../programs/program';
import { handoutOptions } from './handout-options';

/**
 * A handout as printed: every word already in the chosen language and every dose already in plain words, so the
 * print view only lays it out, and a reprint months later shows exactly what the patient was given. The server
 * assembles it (domain/handout/build-handout.ts) from saved versions; a record keeps it as it was.
 *
 * Codec-safe: no transforms, because the API encodes responses with this same schema.
 */

const text = z.string();

/**
 * The start → end picture. `drawing` is SVG from domain/illustrations' renderer (no script, no external
 * reference: the view checks again before trusting it); `image` is a custom exercise's uploaded picture.
 */
export const handoutPicture = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawing'), svg: text, alt: text }),
  z.object({ kind: z.literal('image'), url: text, alt: text }),
  z.object({ kind: z.literal('none') }),
]);
export type HandoutPicture = z.infer<typeof handoutPicture>;

export const handoutExercise = z.object({
  /** The program item, so an e2e check or a reprint can tell two rows of the same exercise apart. */
  itemId: text,
  exerciseId: text,
  /**
   * True when the exercise has no words in the handout's language (a custom exercise, or a gap in a translation):
   * its name, steps, cues and cautions are then printed in English, marked as such, and listed in
   * `missingTranslations` for the therapist.
   */
  englishOnly: z.boolean(),
  name: text,
  picture: handoutPicture,
  steps: z.array(text),
  cues: z.array(text),
  /** The whole dose as one plain sentence: "3 sets of 10 — 2 seconds down, 2 up — rest 1 minute — Mon, Wed, Fri". */
  dose: text,
  /** Cautions that apply to this patient's diagnosis, in patient words. */
  precautions: z.array(text),
  /** The therapist's notes on this exercise, as typed (never translated; listed when the handout is not English). */
  notes: text.nullable(),
});
export type HandoutExercise = z.infer<typeof handoutExercise>;

export const handoutStrength = z.object({
  heading: text,
  intro: text,
  groups: z.array(
    z.object({ section: programSection, heading: text, exercises: z.array(handoutExercise) }),
  ),
});

/** One day of the typical week: what to do ("Easy run", "Strength exercises", "Swimming 30 min"), or rest. */
export const handoutScheduleDay = z.object({ day: text, activities: z.array(text) });

export const handoutSchedule = z.object({
  heading: text,
  intro: text,
  days: z.array(handoutScheduleDay),
  /** The rows of tick boxes: "Week 1 (from Mon 7 Dec)" … four of them. */
  weeks: z.array(text),
  restDay: text,
});

export const handoutCrossTraining = z.object({
  heading: text,
  intro: text,
  sessions: z.array(
    z.object({ activity: text, minutes: text, effort: text, days: text, notes: text.nullable() }),
  ),
  /** Week by week: "Week of 7 Dec" — "Swimming 30 min, cycling 40 min". */
  weeks: z.array(z.object({ weekOf: text, minutes: text })),
});

export const trafficLights = ['green', 'amber', 'red'] as const;
export const handoutPainRule = z.object({
  light: z.enum(trafficLights),
  label: text,
  text: text,
});

export const handoutRunning = z.object({
  heading: text,
  intro: text,
  columns: z.object({ weekOf: text, distance: text, runDays: text }),
  rows: z.array(z.object({ weekOf: text, distance: text, runDays: text })),
  painHeading: text,
  painRules: z.array(handoutPainRule),
  /** "Pain-monitoring model, Silbernagel 2007; applied to knee pain in clinical practice." */
  painSource: text,
});

/** A text the chosen language has no translation for: listed for the therapist, printed marked as English. */
export const missingTranslation = z.object({ where: text, text });
export type MissingTranslation = z.infer<typeof missingTranslation>;

export const handoutDocument = z.object({
  options: handoutOptions,
  /** `lang` attribute for the page. */
  language: z.enum(['en', 'es']),
  title: text,
  clinic: z.object({
    name: text,
    address: text.nullable(),
    phone: text.nullable(),
    /** The clinic logo at the time of printing (an immutable logo version), or null. */
    logoUrl: text.nullable(),
  }),
  patient: z.object({ label: text, name: text }),
  therapist: z.object({ label: text, name: text }),
  date: z.object({ label: text, iso: z.iso.date(), text }),
  diagnosis: z.object({ label: text, text }),
  strength: handoutStrength.nullable(),
  schedule: handoutSchedule.nullable(),
  crossTraining: handoutCrossTraining.nullable(),
  running: handoutRunning.nullable(),
  whenToCall: z.object({ heading: text, items: z.array(text), phone: text.nullable() }),
  footer: z.object({
    /** "Program version 3 · Running plan version 2 · Printed 2 Dec 2026" */
    text,
    /** "Page {page} of {pages}", with the two placeholders, in the handout's language. */
    pageOf: text,
  }),
  /** What could not be printed in the chosen language. Empty when everything was translated. */
  missingTranslations: z.array(missingTranslation),
});
export type HandoutDocument = z.infer<typeof handoutDocument>;
