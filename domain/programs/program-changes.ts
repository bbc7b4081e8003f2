import { sameJsonValue } from '../json-value';
import type { Dose, Frequency, Load } from './dose';
import {
  itemCount,
  programItems,
  programSectionLabels,
  type ItemPlace,
  type Program,
  type ProgramSection,
} from './program';
import type { TemplateApplyMode } from './templates';

/** Exercise names by id: the clinic's library as the summary and the comparison name it. */
export type ExerciseNames = ReadonlyMap<string, string>;

/*
 * What changed between two versions of a program, item by item: the one sentence each saved version carries when
 * the therapist writes none (the server), and the builder's side-by-side comparison (the SPA) read from the same
 * `comparePrograms`. Items are matched by their id, which a program keeps across saves, so a Progress reads as
 * "changed" (or a ladder step as "replaced"), not as "removed and added".
 */

/** How many names a list spells out before "and 2 more". */
const namesShown = 3;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function list(names: readonly string[]): string {
  const shown = names.length > namesShown ? names.slice(0, namesShown - 1) : names;
  const rest = names.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} more`] : shown;
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function loadText(load: Load | null): string {
  if (!load) return 'none';
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

function frequencyText(frequency: Frequency | null): string {
  if (!frequency) return 'none';
  if (frequency.kind === 'days_per_week') return `${plural(frequency.days, 'day')} a week`;
  return frequency.weekdays.map((d) => d[0].toUpperCase() + d.slice(1)).join(', ');
}

const orNone = (value: number | string | null, unit = '') =>
  value === null ? 'none' : `${value}${unit}`;

/** Each part of a dose the summary can name, and how it reads. */
const doseParts: Record<keyof Dose, (d: Dose) => string> = {
  sets: (d) => orNone(d.sets),
  reps: (d) => orNone(d.reps),
  holdSeconds: (d) => orNone(d.holdSeconds, ' s'),
  load: (d) => loadText(d.load),
  tempo: (d) => orNone(d.tempo),
  restSeconds: (d) => orNone(d.restSeconds, ' s'),
  frequency: (d) => frequencyText(d.frequency),
  weeks: (d) => orNone(d.weeks, ' weeks'),
  side: (d) => d.side,
  progression: (d) =>
    d.progression === null
      ? 'none'
      : d.progression.kind === 'double_progression'
        ? 'double progression'
        : 'own criterion',
  notes: (d) => (d.notes === null ? 'none' : 'written'),
};

const doseLabels: Record<keyof Dose, string> = {
  sets: 'sets',
  reps: 'repetitions',
  holdSeconds: 'hold',
  load: 'load',
  tempo: 'tempo',
  restSeconds: 'rest',
  frequency: 'frequency',
  weeks: 'duration',
  side: 'side',
  progression: 'progression',
  notes: 'notes',
};

/** "repetitions 10 → 12, load body weight → 5 kg": the parts of a dose that changed, before and after. */
export function doseChanges(before: Dose, after: Dose): string[] {
  return (Object.keys(doseLabels) as (keyof Dose)[])
    .filter((part) => !sameJsonValue(before[part], after[part]))
    .map((part) => {
      const [from, to] = [doseParts[part](before), doseParts[part](after)];
      return from === to ? doseLabels[part] : `${doseLabels[part]} ${from} → ${to}`;
    });
}

/** An item kept from one version to the next: where it was and where it is. */
export interface KeptItem {
  was: ItemPlace;
  now: ItemPlace;
}

/** The difference between two programs, item by item, in builder order. */
export interface ProgramComparison {
  added: ItemPlace[];
  removed: ItemPlace[];
  /** Kept items whose exercise changed (a ladder step). */
  replaced: KeptItem[];
  /** Kept items with the same exercise and another dose. */
  dosed: KeptItem[];
  /** Kept items now in another section. */
  moved: KeptItem[];
  /** Sections whose kept items are in another order. */
  reordered: ProgramSection[];
}

export function comparePrograms(before: Program, after: Program): ProgramComparison {
  const old = new Map(programItems(before).map((p) => [p.item.id, p]));
  const now = new Map(programItems(after).map((p) => [p.item.id, p]));
  const added = [...now.values()].filter((p) => !old.has(p.item.id));
  const removed = [...old.values()].filter((p) => !now.has(p.item.id));
  const kept = [...now.values()].flatMap((p) => {
    const was = old.get(p.item.id);
    return was ? [{ was, now: p }] : [];
  });
  const replaced = kept.filter((k) => k.was.item.exerciseId !== k.now.item.exerciseId);
  const dosed = kept.filter(
    (k) =>
      k.was.item.exerciseId === k.now.item.exerciseId &&
      !sameJsonValue(k.was.item.dose, k.now.item.dose),
  );
  const moved = kept.filter((k) => k.was.section !== k.now.section);
  const staying = kept.filter((k) => k.was.section === k.now.section);
  const reordered = [...new Set(staying.map((k) => k.now.section))].filter((section) => {
    const inSection = staying.filter((k) => k.now.section === section);
    const order = (key: 'was' | 'now') =>
      [...inSection]
        .sort((a, b) => a[key].index - b[key].index)
        .map((k) => k.now.item.id)
        .join();
    return order('was') !== order('now');
  });
  return { added, removed, replaced, dosed, moved, reordered };
}

/**
 * The change summary of a save: "Program made with 5 exercises" for the first; after that what was added,
 * removed, replaced, changed and moved, e.g. "Added Step-up; changed the dose of Glute bridge: repetitions 10 → 12".
 */
export function programChangeSummary(
  before: Program | null,
  after: Program,
  names: ExerciseNames,
): string {
  const nameOf = (place: ItemPlace) => names.get(place.item.exerciseId) ?? 'an unknown exercise';
  if (!before) return `Program made with ${plural(itemCount(after), 'exercise')}`;
  const { added, removed, replaced, dosed, moved, reordered } = comparePrograms(before, after);

  const parts: string[] = [];
  if (added.length) parts.push(`added ${list(added.map(nameOf))}`);
  if (removed.length) parts.push(`removed ${list(removed.map(nameOf))}`);
  if (replaced.length) {
    parts.push(`replaced ${list(replaced.map((k) => `${nameOf(k.was)} with ${nameOf(k.now)}`))}`);
  }
  if (dosed.length === 1) {
    const [{ was, now: is }] = dosed;
    parts.push(
      `changed the dose of ${nameOf(is)}: ${doseChanges(was.item.dose, is.item.dose).join(', ')}`,
    );
  } else if (dosed.length > 1) {
    parts.push(`changed the doses of ${list(dosed.map((k) => nameOf(k.now)))}`);
  }
  if (moved.length === 1) {
    parts.push(`moved ${nameOf(moved[0].now)} to ${programSectionLabels[moved[0].now.section]}`);
  } else if (moved.length > 1) {
    parts.push(`moved ${list(moved.map((k) => nameOf(k.now)))} to other sections`);
  }
  if (reordered.length) {
    parts.push(`reordered ${list(reordered.map((s) => programSectionLabels[s]))}`);
  }
  if (!parts.length) return 'Saved with no changes';
  const sentence = parts.join('; ');
  return sentence[0].toUpperCase() + sentence.slice(1);
}

/** The change summary of a template applied: "Program made from the template “…”: 5 exercises". */
export function templateAppliedSummary(
  template: { name: string; program: Program },
  mode: TemplateApplyMode,
  first: boolean,
): string {
  const exercises = plural(itemCount(template.program), 'exercise');
  if (first) return `Program made from the template “${template.name}”: ${exercises}`;
  return mode === 'replace'
    ? `Program replaced by the template “${template.name}”: ${exercises}`
    : `Added the template “${template.name}”: ${exercises}`;
}
