import * as z from 'zod';

/**
 * One exercise's dose as the therapist prescribes it. Every part a complete prescription names (Holden 2018) may
 * be left empty (null) while the program is a draft: the completeness indicator shows what is missing, the app never
 * blocks. What is entered must be inside these limits. Nothing here is worded for patients: the handout formats a
 * dose in the patient's language from these fields.
 *
 * The same schema checks request bodies and encodes responses, and the API encodes with `z.encode`
 * (fastify-type-provider-zod), which refuses one-way transforms: every normalising step here is a codec whose
 * encode leaves the stored value as it is.
 */
export const doseLimits = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 1, max: 300 },
  restSeconds: { min: 0, max: 600 },
  weeks: { min: 1, max: 52 },
  daysPerWeek: { min: 1, max: 7 },
  rpe: { min: 1, max: 10 },
  kg: { min: 0.5, max: 300 },
  lb: { min: 1, max: 660 },
  tempoPhaseSeconds: { max: 10 },
  notes: { max: 500 },
} as const;

/** Resistance bands lightest first, in Thera-Band's colour order; other brands colour their bands differently. */
export const bandColours = ['yellow', 'red', 'green', 'blue', 'black', 'silver', 'gold'] as const;
export type BandColour = (typeof bandColours)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * Which leg works. `both` is a two-legged exercise (both at once); `each` is a one-legged exercise done on one side
 * and then the other; `left` / `right` only that side; `alternating` switches sides every repetition. For `each`
 * and `alternating` the repetitions count per side.
 */
export const doseSides = ['both', 'each', 'left', 'right', 'alternating'] as const;
export type DoseSide = (typeof doseSides)[number];

export const loadKinds = ['body_weight', 'kg', 'lb', 'band', 'rpe'] as const;
export type LoadKind = (typeof loadKinds)[number];

/** One message per field whatever went wrong: the form shows it beside the field. */
interface Limit {
  min: number;
  max: number;
}
const wholeNumber = ({ min, max }: Limit, say: (limit: Limit) => string) => {
  const message = say({ min, max });
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

const loadAmount = (unit: 'kg' | 'lb') => {
  const { min, max } = doseLimits[unit];
  const message = `Enter a load from ${min} to ${max} ${unit}.`;
  return z.number({ error: message }).min(min, { error: message }).max(max, { error: message });
};

export const load = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('body_weight') }),
    z.object({ kind: z.literal('kg'), amount: loadAmount('kg') }),
    z.object({ kind: z.literal('lb'), amount: loadAmount('lb') }),
    z.object({
      kind: z.literal('band'),
      colour: z.enum(bandColours, { error: 'Choose a band colour.' }),
    }),
    z.object({
      kind: z.literal('rpe'),
      rpe: wholeNumber(doseLimits.rpe, (l) => `Enter an effort (RPE) from ${l.min} to ${l.max}.`),
    }),
  ],
  { error: 'Choose a load: body weight, kg, lb, a band colour or an effort (RPE).' },
);
export type Load = z.infer<typeof load>;

const weekdayArray = z
  .array(z.enum(weekdays, { error: 'Choose days of the week.' }), {
    error: 'Choose days of the week.',
  })
  .min(1, { error: 'Choose at least one day of the week.' });
// Stored once each, Monday first, so two doses with the same days compare equal.
export const weekdayList = z.codec(weekdayArray, weekdayArray, {
  decode: (days) => weekdays.filter((d) => days.includes(d)),
  encode: (days) => days,
});

export const frequency = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('days_per_week'),
      days: wholeNumber(doseLimits.daysPerWeek, (l) => `Enter ${l.min} to ${l.max} days a week.`),
    }),
    z.object({
      kind: z.literal('weekdays'),
      weekdays: weekdayList,
    }),
  ],
  { error: 'Choose days a week or days of the week.' },
);
export type Frequency = z.infer<typeof frequency>;

export const progressionCriterion = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('double_progression') }),
    z.object({
      kind: z.literal('custom'),
      text: z
        .string({ error: 'Describe when to progress.' })
        .trim()
        .min(1, { error: 'Describe when to progress.' })
        .max(300, { error: 'The progression criterion is at most 300 characters.' }),
    }),
  ],
  { error: 'Choose a progression criterion.' },
);
export type ProgressionCriterion = z.infer<typeof progressionCriterion>;
export const doubleProgression: ProgressionCriterion = { kind: 'double_progression' };

const tempoMessage = 'Write the tempo as seconds down-pause-up, like 2-0-2.';
const tempoPattern = /^\d{1,2}-\d{1,2}-\d{1,2}(-\d{1,2})?$/;

/**
 * Tempo in seconds per phase, lowering first (the usual strength-training notation): `2-0-2` is 2 s down, no
 * pause, 2 s up; an optional fourth number is a pause (hold) at the top, e.g. `1-0-1-5` for a 5-second squeeze.
 */
export interface TempoPhases {
  lowering: number;
  bottomPause: number;
  lifting: number;
  topPause: number;
}

/** The phases of a valid tempo, or null for an empty or malformed one. */
export function parseTempo(tempo: string | null): TempoPhases | null {
  if (tempo === null || !tempoPattern.test(tempo)) return null;
  const [lowering, bottomPause, lifting, topPause = 0] = tempo.split('-').map(Number);
  return { lowering, bottomPause, lifting, topPause };
}

/** Seconds one repetition takes at this tempo, or null without a valid tempo. */
export function tempoSeconds(tempo: string | null): number | null {
  const p = parseTempo(tempo);
  return p && p.lowering + p.bottomPause + p.lifting + p.topPause;
}

const tempoText = z.string({ error: tempoMessage }).superRefine((s, ctx) => {
  const phases = parseTempo(s);
  if (!phases) {
    ctx.addIssue({ code: 'custom', message: tempoMessage });
  } else if (Object.values(phases).some((p) => p > doseLimits.tempoPhaseSeconds.max)) {
    ctx.addIssue({
      code: 'custom',
      message: `Each part of the tempo is at most ${doseLimits.tempoPhaseSeconds.max} seconds.`,
    });
  } else if (phases.lowering + phases.lifting === 0) {
    ctx.addIssue({ code: 'custom', message: 'A tempo needs some seconds down or up, like 2-0-2.' });
  }
});

/** Text as a form sends it: trimmed, and an empty field means "none" (null). */
export const textOrNull = (schema: z.ZodString, notText: string) =>
  z.codec(z.string({ error: notText }).trim().nullable(), schema.nullable(), {
    decode: (s) => (s === '' ? null : s),
    encode: (s) => s,
  });

/** Absent (undefined) and empty (null) both mean "not prescribed yet". */
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const doseFields = z.object({
  sets: orNull(wholeNumber(doseLimits.sets, (l) => `Enter ${l.min} to ${l.max} sets.`)),
  reps: orNull(wholeNumber(doseLimits.reps, (l) => `Enter ${l.min} to ${l.max} repetitions.`)),
  holdSeconds: orNull(
    wholeNumber(doseLimits.holdSeconds, (l) => `Enter a hold of ${l.min} to ${l.max} seconds.`),
  ),
  load: orNull(load),
  tempo: orNull(textOrNull(tempoText, tempoMessage)),
  restSeconds: orNull(
    wholeNumber(doseLimits.restSeconds, (l) => `Enter a rest of ${l.min} to ${l.max} seconds.`),
  ),
  frequency: orNull(frequency),
  weeks: orNull(
    wholeNumber(doseLimits.weeks, (l) => `Enter a duration of ${l.min} to ${l.max} weeks.`),
  ),
  side: z
    .enum(doseSides, { error: 'Choose the side: both, each, left, right or alternating.' })
    .default('both'),
  // Left out, a new dose follows ACSM double progression; null says "no criterion" and counts as missing.
  progression: progressionCriterion.nullable().default(doubleProgression),
  notes: orNull(
    textOrNull(
      z.string().max(doseLimits.notes.max, {
        error: `Notes are at most ${doseLimits.notes.max} characters.`,
      }),
      'Notes must be text.',
    ),
  ),
});

export function checkDose(d: z.output<typeof doseFields>, ctx: z.RefinementCtx): void {
  if (d.reps !== null && d.holdSeconds !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['holdSeconds'],
      message: 'Choose repetitions or a hold, not both.',
    });
  }
  if (d.holdSeconds !== null && d.tempo !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['tempo'],
      message: 'A hold needs no tempo: clear the tempo or use repetitions.',
    });
  }
}

export const dose = doseFields.superRefine(checkDose);
export type Dose = z.output<typeof dose>;
export type DoseInput = z.input<typeof dose>;

/**
 * The starting dose for a novice after the ACSM 2009 position stand: 3 sets of 10 (8–12 range), 1–2 s down and
 * up (2-0-2), 2–3 days a week. Rest 60 s and 6 weeks are common practice, not from the position stand.
 */
export function standardDose(overrides: Partial<Dose> = {}): Dose {
  return {
    sets: 3,
    reps: 10,
    holdSeconds: null,
    load: { kind: 'body_weight' },
    tempo: '2-0-2',
    restSeconds: 60,
    frequency: { kind: 'days_per_week', days: 3 },
    weeks: 6,
    side: 'both',
    progression: doubleProgression,
    notes: null,
    ...overrides,
  };
}

/** A standard dose held instead of repeated: no repetitions and no tempo. */
export function holdDose(seconds: number, overrides: Partial<Dose> = {}): Dose {
  return standardDose({ reps: null, tempo: null, holdSeconds: seconds, ...overrides });
}

/** The next heavier band, or null at the heaviest. */
export function heavierBand(colour: BandColour): BandColour | null {
  return bandColours[bandColours.indexOf(colour) + 1] ?? null;
}

/** The next lighter band, or null at the lightest. */
export function lighterBand(colour: BandColour): BandColour | null {
  const i = bandColours.indexOf(colour);
  return i > 0 ? bandColours[i - 1] : null;
}
