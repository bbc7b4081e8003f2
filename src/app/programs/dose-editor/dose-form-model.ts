import type {
  BandColour,
  Dose,
  DoseInput,
  DoseSide,
  LoadKind,
  Weekday,
} from '@domain/programs/dose';

/**
 * The dose editor's fields, flat: one control per input on screen. The dose contract nests load, frequency and
 * progression as tagged unions; `toDoseInput` builds that shape and `fieldOf` maps a contract issue back to the
 * input that shows it, so the editor checks with the very schema the server does.
 */
export interface DoseFormValue {
  sets: number | null;
  volume: 'reps' | 'hold';
  reps: number | null;
  holdSeconds: number | null;
  /** '' = no load prescribed yet. */
  loadKind: LoadKind | '';
  amount: number | null;
  colour: BandColour | '';
  rpe: number | null;
  tempo: string;
  restSeconds: number | null;
  frequencyKind: 'days_per_week' | 'weekdays' | '';
  days: number | null;
  weekdays: Weekday[];
  weeks: number | null;
  side: DoseSide;
  progressionKind: 'double_progression' | 'custom' | '';
  progressionText: string;
  notes: string;
}

export type DoseField = keyof DoseFormValue;

export function fromDose(d: Dose): DoseFormValue {
  const load = d.load;
  return {
    sets: d.sets,
    volume: d.holdSeconds !== null ? 'hold' : 'reps',
    reps: d.reps,
    holdSeconds: d.holdSeconds,
    loadKind: load?.kind ?? '',
    amount: load?.kind === 'kg' || load?.kind === 'lb' ? load.amount : null,
    colour: load?.kind === 'band' ? load.colour : '',
    rpe: load?.kind === 'rpe' ? load.rpe : null,
    tempo: d.tempo ?? '',
    restSeconds: d.restSeconds,
    frequencyKind: d.frequency?.kind ?? '',
    days: d.frequency?.kind === 'days_per_week' ? d.frequency.days : null,
    weekdays: d.frequency?.kind === 'weekdays' ? d.frequency.weekdays : [],
    weeks: d.weeks,
    side: d.side,
    progressionKind: d.progression?.kind ?? '',
    progressionText: d.progression?.kind === 'custom' ? d.progression.text : '',
    notes: d.notes ?? '',
  };
}

/** What the form sends: the contract's input shape. A field the chosen kind hides is left out. */
export function toDoseInput(v: DoseFormValue): DoseInput {
  return {
    sets: v.sets,
    reps: v.volume === 'reps' ? v.reps : null,
    holdSeconds: v.volume === 'hold' ? v.holdSeconds : null,
    load: loadInput(v),
    // A hold has no tempo (the contract refuses one): the hidden tempo field is not sent.
    tempo: v.volume === 'hold' ? null : v.tempo,
    restSeconds: v.restSeconds,
    frequency:
      v.frequencyKind === 'days_per_week'
        ? { kind: 'days_per_week', days: v.days as number }
        : v.frequencyKind === 'weekdays'
          ? { kind: 'weekdays', weekdays: v.weekdays }
          : null,
    weeks: v.weeks,
    side: v.side,
    progression:
      v.progressionKind === 'custom'
        ? { kind: 'custom', text: v.progressionText }
        : v.progressionKind === 'double_progression'
          ? { kind: 'double_progression' }
          : null,
    notes: v.notes,
  };
}

function loadInput(v: DoseFormValue): DoseInput['load'] {
  switch (v.loadKind) {
    case '':
      return null;
    case 'body_weight':
      return { kind: 'body_weight' };
    case 'kg':
    case 'lb':
      return { kind: v.loadKind, amount: v.amount as number };
    case 'band':
      return { kind: 'band', colour: v.colour as BandColour };
    case 'rpe':
      return { kind: 'rpe', rpe: v.rpe as number };
  }
}

/** The input that shows a contract issue at `path` (e.g. `['load', 'amount']` → the amount field). */
export function fieldOf(path: readonly PropertyKey[]): DoseField {
  const [top, inner] = path;
  switch (top) {
    case 'load':
      return inner === 'amount'
        ? 'amount'
        : inner === 'colour'
          ? 'colour'
          : inner === 'rpe'
            ? 'rpe'
            : 'loadKind';
    case 'frequency':
      return inner === 'days' ? 'days' : inner === 'weekdays' ? 'weekdays' : 'frequencyKind';
    case 'progression':
      return inner === 'text' ? 'progressionText' : 'progressionKind';
    case 'sets':
    case 'reps':
    case 'holdSeconds':
    case 'tempo':
    case 'restSeconds':
    case 'weeks':
    case 'side':
    case 'notes':
      return top;
    default:
      return 'sets';
  }
}
