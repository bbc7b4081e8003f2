import * as z from 'zod';

/**
 * How hard a session is, in one of three ways a patient can follow (../shared/CLINICAL-RULES.md §5): effort on
 * Borg's CR10 scale (0–10), a heart-rate zone (1–5), or the talk test.
 */
export const talkTestLevels = ['can_sing', 'can_talk', 'few_words'] as const;
export type TalkTestLevel = (typeof talkTestLevels)[number];

export const talkTestLabels: Readonly<Record<TalkTestLevel, string>> = {
  can_sing: 'Can talk and even sing (light)',
  can_talk: 'Can talk in sentences, not sing (moderate)',
  few_words: 'Only a few words at a time (vigorous)',
};

/** Borg's CR10 verbal anchors; the numbers between them have no words of their own. */
export const cr10Words: Readonly<Record<number, string>> = {
  0: 'Nothing at all',
  1: 'Very weak',
  2: 'Weak (light)',
  3: 'Moderate',
  5: 'Strong (heavy)',
  7: 'Very strong',
  10: 'Extremely strong (maximal)',
};

/** "4 — between Moderate and Strong (heavy)" for the numbers without an anchor of their own. */
export function cr10Description(rpe: number): string {
  const own = cr10Words[rpe];
  if (own) return `${rpe} — ${own}`;
  const anchors = Object.keys(cr10Words).map(Number);
  const below = Math.max(...anchors.filter((a) => a < rpe));
  const above = Math.min(...anchors.filter((a) => a > rpe));
  return `${rpe} — between ${cr10Words[below]} and ${cr10Words[above]}`;
}

const rpeMessage = 'Enter an effort (RPE) from 0 to 10.';
const zoneMessage = 'Choose a heart-rate zone from 1 to 5.';

export const intensity = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('rpe'),
      rpe: z.number({ error: rpeMessage }).int({ error: rpeMessage }).min(0, { error: rpeMessage }).max(10, {
        error: rpeMessage,
      }),
    }),
    z.object({
      kind: z.literal('hr_zone'),
      zone: z.number({ error: zoneMessage }).int({ error: zoneMessage }).min(1, { error: zoneMessage }).max(5, {
        error: zoneMessage,
      }),
    }),
    z.object({
      kind: z.literal('talk_test'),
      level: z.enum(talkTestLevels, { error: 'Choose a talk-test level.' }),
    }),
  ],
  { error: 'Choose an intensity: effort (RPE), heart-rate zone or the talk test.' },
);
export type Intensity = z.infer<typeof intensity>;

/** Light, moderate or vigorous, to compare the three ways and to tell a rest day from a training day. */
export type EffortBand = 'light' | 'moderate' | 'vigorous';

/**
 * CR10 0–2, zone 1–2 and "can sing" count as light (active recovery); CR10 3–4, zone 3 and "can talk" as moderate;
 * CR10 5 and above, zones 4–5 and "a few words" as vigorous. A clinic convention for the schedule's hints [practice].
 */
export function effortBand(value: Intensity): EffortBand {
  switch (value.kind) {
    case 'rpe':
      return value.rpe <= 2 ? 'light' : value.rpe <= 4 ? 'moderate' : 'vigorous';
    case 'hr_zone':
      return value.zone <= 2 ? 'light' : value.zone === 3 ? 'moderate' : 'vigorous';
    case 'talk_test':
      return value.level === 'can_sing' ? 'light' : value.level === 'can_talk' ? 'moderate' : 'vigorous';
  }
}
