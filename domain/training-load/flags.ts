import type { IsoDate } from './calendar-weeks';
import type { RuleSource } from './sources';

/** amber and red follow the pain zones' colours; info is for overlays such as the acute:chronic ratio. */
export type FlagSeverity = 'amber' | 'red' | 'info';

export type FlagRule =
  // On logged runs (load-checks.ts)
  | 'weekly-increase'
  | 'two-week-increase'
  | 'acute-chronic-ratio'
  | 'pain-during'
  | 'next-morning-pain'
  | 'pain-worse'
  // On a plan the therapist edited (plan-rules.ts)
  | 'plan-increase'
  | 'plan-cutback-missing';

/** A rule a week breaks. Flags inform the therapist; nothing in Stride Rx blocks on them. */
export interface Flag {
  /** Stable across recomputation: `${rule}:${week}`. */
  id: string;
  rule: FlagRule;
  /** Monday of the flagged week. */
  week: IsoDate;
  severity: FlagSeverity;
  /** A plain sentence with the numbers, in the patient's unit. */
  message: string;
  source: RuleSource;
}

export function flag(
  rule: FlagRule,
  week: IsoDate,
  severity: FlagSeverity,
  message: string,
  source: RuleSource,
): Flag {
  return { id: `${rule}:${week}`, rule, week, severity, message, source };
}

const severityOrder: Record<FlagSeverity, number> = { red: 0, amber: 1, info: 2 };

/** By week, and within a week red before amber before info. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort(
    (a, b) => a.week.localeCompare(b.week) || severityOrder[a.severity] - severityOrder[b.severity],
  );
}
