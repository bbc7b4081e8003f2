import type { Dose } from './dose';

/**
 * The eight parts of a complete exercise prescription (Holden et al. 2018, Br J Sports Med 52:385): none of 38
 * patellofemoral pain trials reported them all. Shown per exercise so a gap is visible before the handout prints.
 */
export const completenessItems = [
  'load',
  'volume',
  'sets',
  'rest',
  'tempo',
  'frequency',
  'duration',
  'progression',
] as const;
export type CompletenessItem = (typeof completenessItems)[number];

export const completenessLabels: Record<CompletenessItem, string> = {
  load: 'load',
  volume: 'repetitions or hold time',
  sets: 'sets',
  rest: 'rest',
  tempo: 'tempo',
  frequency: 'frequency',
  duration: 'duration in weeks',
  progression: 'progression criterion',
};

export interface Completeness {
  present: CompletenessItem[];
  missing: CompletenessItem[];
  /** How many of the eight are present. */
  score: number;
  total: number;
  complete: boolean;
}

/**
 * Which parts the dose names. A hold counts for tempo too: its time is the time under tension that a tempo gives a
 * repetition, and the dose contract refuses a tempo on a hold. A rest of 0 s is a prescribed rest, not a gap.
 */
export function completeness(dose: Dose): Completeness {
  const has: Record<CompletenessItem, boolean> = {
    load: dose.load !== null,
    volume: dose.reps !== null || dose.holdSeconds !== null,
    sets: dose.sets !== null,
    rest: dose.restSeconds !== null,
    tempo: dose.tempo !== null || dose.holdSeconds !== null,
    frequency: dose.frequency !== null,
    duration: dose.weeks !== null,
    progression: dose.progression !== null,
  };
  const present = completenessItems.filter((i) => has[i]);
  const missing = completenessItems.filter((i) => !has[i]);
  return {
    present,
    missing,
    score: present.length,
    total: completenessItems.length,
    complete: missing.length === 0,
  };
}

/** One line for the indicator's tooltip, e.g. "6 of 8 named; missing rest and tempo." */
export function describeCompleteness(c: Completeness): string {
  if (c.complete) return `Complete: all ${c.total} parts named.`;
  const names = c.missing.map((i) => completenessLabels[i]);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${c.score} of ${c.total} named; missing ${list}.`;
}
