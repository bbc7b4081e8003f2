import type { Exercise, ExerciseLookup } from '../exercises/exercise';
import { doseLimits, heavierBand, lighterBand, type Dose, type Load } from './dose';
import { loweredLoad, raisedLoad } from './double-progression';
import type { ProgramItem } from './program';

/**
 * Steps the builder's Progress and Regress buttons take when the load cannot carry the change. Common practice,
 * not trial results: lower a weight by 10 %, change repetitions by 2 and holds by 10 s.
 */
export const stepRules = {
  regressPercent: 10,
  repsStep: 2,
  holdStepSeconds: 10,
  minHoldSeconds: 5,
} as const;

/**
 * `auto` changes the load when it can (heavier or lighter weight or band), otherwise moves along the ladder,
 * otherwise changes repetitions or hold time. `ladder` only moves along the ladder; `dose` never does.
 */
export type StepVia = 'auto' | 'ladder' | 'dose';

export interface StepOptions {
  via?: StepVia;
  /** How much to raise or lower a weight; raises are held to ACSM's 2–10 %. */
  percent?: number;
}

export type StepChange = 'load' | 'exercise' | 'reps' | 'hold' | 'none';

/** The item after the step (the same object when nothing changed) and one sentence saying what changed. */
export interface StepResult {
  item: ProgramItem;
  change: StepChange;
  message: string;
}

type Attempt = () => StepResult | null;

function loadText(load: Load): string {
  switch (load.kind) {
    case 'body_weight':
      return 'body weight';
    case 'kg':
    case 'lb':
      return `${load.amount} ${load.kind}`;
    case 'band':
      return `${load.colour} band`;
    case 'rpe':
      return `RPE ${load.rpe}`;
  }
}

const sideText: Record<Dose['side'], string> = {
  both: '',
  each: ' each side',
  alternating: ' alternating sides',
  left: ' left side',
  right: ' right side',
};

/** A short English summary for the change message, e.g. "3 × 10 each side, red band". The handout formats its own. */
function doseText(dose: Dose): string {
  const volume =
    dose.holdSeconds !== null
      ? `${dose.holdSeconds} s hold`
      : dose.reps !== null
        ? `${dose.reps}`
        : '';
  const count = [dose.sets, volume].filter((x) => x !== null && x !== '').join(' × ');
  const load = dose.load && dose.load.kind !== 'body_weight' ? `, ${loadText(dose.load)}` : '';
  return `${count || 'no sets or repetitions yet'}${sideText[dose.side]}${load}`;
}

function changed(
  item: ProgramItem,
  dose: Partial<Dose>,
  change: StepChange,
  message: string,
): StepResult {
  return { item: { ...item, dose: { ...item.dose, ...dose } }, change, message };
}

/**
 * The next exercise's own starting dose, keeping what belongs to the patient's plan rather than to the exercise:
 * frequency, weeks, progression criterion (each filled from the new exercise when empty), notes, and a chosen
 * left or right side when the new exercise is one-legged too.
 */
function moveTo(
  item: ProgramItem,
  target: Exercise,
  verb: 'Progressed' | 'Regressed',
  from: string,
): StepResult {
  const d = item.dose;
  const base = target.defaultDose;
  const keepSide = (d.side === 'left' || d.side === 'right') && target.laterality === 'unilateral';
  const dose: Dose = {
    ...base,
    frequency: d.frequency ?? base.frequency,
    weeks: d.weeks ?? base.weeks,
    progression: d.progression ?? base.progression,
    notes: d.notes,
    side: keepSide ? d.side : base.side,
  };
  return {
    item: { ...item, exerciseId: target.id, dose },
    change: 'exercise',
    message: `${verb} from ${from} to ${target.name}, at its starting dose: ${doseText(dose)}.`,
  };
}

const percentChange = (from: number, to: number) => Math.round(((to - from) / from) * 100);

function amountOf(load: Load): number {
  return load.kind === 'kg' || load.kind === 'lb' ? load.amount : 0;
}

/** Moves one step harder: a heavier load, the next exercise on the ladder, or more repetitions or hold time. */
export function progress(
  item: ProgramItem,
  lookup: ExerciseLookup,
  options: StepOptions = {},
): StepResult {
  const d = item.dose;
  const exercise = lookup(item.exerciseId);
  const name = exercise?.name ?? 'This exercise';

  const heavier: Attempt = () => {
    if (!d.load) return null;
    if (d.load.kind === 'band') {
      const next = heavierBand(d.load.colour);
      return (
        next &&
        changed(
          item,
          { load: { kind: 'band', colour: next } },
          'load',
          `Moved from the ${d.load.colour} band to the heavier ${next} band.`,
        )
      );
    }
    const next = raisedLoad(d.load, options.percent);
    if (!next) return null;
    const pct = percentChange(amountOf(d.load), amountOf(next));
    return changed(
      item,
      { load: next },
      'load',
      `Raised the load from ${loadText(d.load)} to ${loadText(next)} (+${pct} %), after ACSM double progression.`,
    );
  };

  const ladder: Attempt = () => {
    const target = exercise?.progressionId ? lookup(exercise.progressionId) : undefined;
    return target ? moveTo(item, target, 'Progressed', name) : null;
  };

  const more: Attempt = () => {
    if (d.reps !== null && d.reps < doseLimits.reps.max) {
      const reps = Math.min(doseLimits.reps.max, d.reps + stepRules.repsStep);
      return changed(
        item,
        { reps },
        'reps',
        `Raised the repetitions from ${d.reps} to ${reps} a set.`,
      );
    }
    if (d.holdSeconds !== null && d.holdSeconds < doseLimits.holdSeconds.max) {
      const holdSeconds = Math.min(
        doseLimits.holdSeconds.max,
        d.holdSeconds + stepRules.holdStepSeconds,
      );
      return changed(
        item,
        { holdSeconds },
        'hold',
        `Lengthened the hold from ${d.holdSeconds} to ${holdSeconds} seconds.`,
      );
    }
    return null;
  };

  const attempts = { auto: [heavier, ladder, more], dose: [heavier, more], ladder: [ladder] }[
    options.via ?? 'auto'
  ];
  return (
    first(attempts) ?? {
      item,
      change: 'none',
      message:
        options.via === 'ladder'
          ? `${name} is at the top of its ladder.`
          : `Nothing left to raise: ${name} is at the top of its ladder and its dose limits.`,
    }
  );
}

/** Moves one step easier: a lighter load, the previous exercise on the ladder, no load, or fewer repetitions or less hold. */
export function regress(
  item: ProgramItem,
  lookup: ExerciseLookup,
  options: StepOptions = {},
): StepResult {
  const d = item.dose;
  const exercise = lookup(item.exerciseId);
  const name = exercise?.name ?? 'This exercise';

  const lighter: Attempt = () => {
    if (!d.load) return null;
    if (d.load.kind === 'band') {
      const next = lighterBand(d.load.colour);
      return (
        next &&
        changed(
          item,
          { load: { kind: 'band', colour: next } },
          'load',
          `Moved from the ${d.load.colour} band to the lighter ${next} band.`,
        )
      );
    }
    const next = loweredLoad(d.load, options.percent ?? stepRules.regressPercent);
    if (!next) return null;
    const pct = percentChange(amountOf(d.load), amountOf(next));
    return changed(
      item,
      { load: next },
      'load',
      `Lowered the load from ${loadText(d.load)} to ${loadText(next)} (${pct} %).`,
    );
  };

  const ladder: Attempt = () => {
    const target = exercise?.regressionId ? lookup(exercise.regressionId) : undefined;
    return target ? moveTo(item, target, 'Regressed', name) : null;
  };

  // No lighter band or weight exists; `auto` gets here only when the ladder has no easier exercise either.
  const unloaded: Attempt = () => {
    if (!d.load || !['kg', 'lb', 'band'].includes(d.load.kind)) return null;
    const what = d.load.kind === 'band' ? 'band' : 'weight';
    return changed(
      item,
      { load: { kind: 'body_weight' } },
      'load',
      `Removed the ${what} (${loadText(d.load)}): body weight only.`,
    );
  };

  const fewer: Attempt = () => {
    if (d.reps !== null && d.reps > doseLimits.reps.min) {
      const reps = Math.max(doseLimits.reps.min, d.reps - stepRules.repsStep);
      return changed(
        item,
        { reps },
        'reps',
        `Lowered the repetitions from ${d.reps} to ${reps} a set.`,
      );
    }
    if (d.holdSeconds !== null && d.holdSeconds > stepRules.minHoldSeconds) {
      const holdSeconds = Math.max(
        stepRules.minHoldSeconds,
        d.holdSeconds - stepRules.holdStepSeconds,
      );
      return changed(
        item,
        { holdSeconds },
        'hold',
        `Shortened the hold from ${d.holdSeconds} to ${holdSeconds} seconds.`,
      );
    }
    return null;
  };

  const attempts = {
    auto: [lighter, ladder, unloaded, fewer],
    dose: [lighter, unloaded, fewer],
    ladder: [ladder],
  }[options.via ?? 'auto'];
  return (
    first(attempts) ?? {
      item,
      change: 'none',
      message:
        options.via === 'ladder'
          ? `${name} is at the bottom of its ladder.`
          : `Nothing left to lower: ${name} is at the bottom of its ladder and its dose limits.`,
    }
  );
}

function first(attempts: Attempt[]): StepResult | null {
  for (const attempt of attempts) {
    const result = attempt();
    if (result) return result;
  }
  return null;
}
