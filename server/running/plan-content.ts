import type { DistanceUnit } from '@domain/contracts/patients';
import type { RunningPlanDto } from '@domain/contracts/running';
import { fromMetres } from '@domain/training-load/distance';
import type { PlannedWeek, PlanSettings } from '@domain/training-load/plan-generator';
import type { WalkJogLevelNumber } from '@domain/training-load/walk-jog-levels';

/** What a running plan holds, whichever kind it is: the columns every saved version keeps. */
export type PlanContent =
  | { kind: 'mileage'; settings: PlanSettings; weeks: PlannedWeek[] }
  | { kind: 'walk-jog'; startDate: string; startLevel: WalkJogLevelNumber };

/** The plan columns as stored: nullable where the other kind of plan has them. */
export interface StoredPlanContent {
  kind: RunningPlanDto['kind'];
  settings: PlanSettings | null;
  weeks: PlannedWeek[] | null;
  startDate: string | null;
  startLevel: number | null;
}

export function contentOf(row: StoredPlanContent): PlanContent {
  if (row.kind === 'mileage') {
    if (!row.settings || !row.weeks)
      throw new Error('a mileage plan row without settings or weeks');
    return { kind: 'mileage', settings: row.settings, weeks: row.weeks };
  }
  if (!row.startDate || !row.startLevel) throw new Error('a walk–jog plan row without its start');
  return {
    kind: 'walk-jog',
    startDate: row.startDate,
    startLevel: row.startLevel as WalkJogLevelNumber,
  };
}

/** The columns to write for a plan: the other kind's stay null (the tables' shape check). */
export function columnsOf(content: PlanContent): StoredPlanContent {
  return content.kind === 'mileage'
    ? { ...content, startDate: null, startLevel: null }
    : { ...content, settings: null, weeks: null };
}

/** The API's view of a plan at one version. */
export function planDto(
  record: { id: string; version: number; updatedAt: Date },
  content: PlanContent,
): RunningPlanDto {
  const base = {
    id: record.id,
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
  };
  return content.kind === 'mileage'
    ? { ...base, kind: 'mileage', settings: content.settings, weeks: content.weeks }
    : { ...base, kind: 'walk-jog', startDate: content.startDate, startLevel: content.startLevel };
}

/** A distance as the summaries write it: the patient's unit, to the tenth, no trailing ".0" ("10", "12.5"). */
function amount(metres: number, unit: DistanceUnit): string {
  return String(fromMetres(metres, unit));
}

const weeksText = (n: number) => (n === 1 ? '1 week' : `${n} weeks`);

/**
 * The one sentence a new plan's version carries: "Plan made: 10 → 20 mi, 11 weeks", or for a plan made over
 * an earlier one "Plan replaced: …", and for the walk–jog levels "Walk–jog plan made: level 1 from 2026-12-02".
 */
export function newPlanSummary(content: PlanContent, replaced: boolean): string {
  const what =
    content.kind === 'mileage'
      ? `${amount(content.settings.baselineMetres, content.settings.unit)} → ` +
        `${amount(content.settings.targetMetres, content.settings.unit)} ${content.settings.unit}, ` +
        weeksText(content.weeks.length)
      : `walk–jog levels, level ${content.startLevel} from ${content.startDate}`;
  if (replaced) return `Plan replaced: ${what}`;
  return content.kind === 'mileage'
    ? `Plan made: ${what}`
    : `Walk–jog plan made: level ${content.startLevel} from ${content.startDate}`;
}

/**
 * The sentence for a save of edited weeks, from the weeks before and after it: "Week of 2026-12-07: 14 → 12 mi",
 * "Week of 2026-12-07: build → hold", "2 weeks changed from the week of 2026-12-07".
 */
export function weeksChangedSummary(
  before: readonly PlannedWeek[],
  after: readonly PlannedWeek[],
  unit: DistanceUnit,
): string {
  const old = new Map(before.map((w) => [w.weekStart, w]));
  const now = new Map(after.map((w) => [w.weekStart, w]));
  const changed = [...new Set([...old.keys(), ...now.keys()])]
    .filter((week) => {
      const a = old.get(week);
      const b = now.get(week);
      return !a || !b || a.plannedMetres !== b.plannedMetres || a.kind !== b.kind;
    })
    .sort();
  const length =
    after.length === before.length ? '' : `; the plan now has ${weeksText(after.length)}`;
  if (changed.length === 0) return `Saved with no change to the planned weeks${length}`;
  if (changed.length > 1)
    return `${changed.length} weeks changed from the week of ${changed[0]}${length}`;

  const week = changed[0];
  const a = old.get(week);
  const b = now.get(week);
  if (!a) return `Week of ${week} added: ${amount(b!.plannedMetres, unit)} ${unit}`;
  if (!b) return `Week of ${week} removed`;
  if (a.plannedMetres === b.plannedMetres) return `Week of ${week}: ${a.kind} → ${b.kind}`;
  return `Week of ${week}: ${amount(a.plannedMetres, unit)} → ${amount(b.plannedMetres, unit)} ${unit}`;
}
