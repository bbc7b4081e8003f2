import type { Weekday } from '../programs/dose';
import type { ScheduleDay, WeekSchedule } from './week-schedule';

export type ScheduleHintKind =
  'no_rest_day' | 'hard_run_and_heavy_strength' | 'over_six_training_days';

export interface ScheduleHint {
  kind: ScheduleHintKind;
  week: number;
  /** The days the hint is about (empty for the whole week). */
  days: Weekday[];
  message: string;
}

/** The daily exercise routine (light, every day) is not a session: see `isDailyRoutine`. */
function isSession(item: ScheduleDay['items'][number]): boolean {
  return !(item.kind === 'strength' && item.routineOnly);
}

/** A training day: any run, strength session or cross-training session. */
function isTrainingDay(day: ScheduleDay): boolean {
  return day.items.some(isSession);
}

/**
 * A rest day has nothing on it but light cross-training (active recovery) and the daily exercise routine
 * [practice].
 */
export function isRestDay(day: ScheduleDay): boolean {
  return day.items
    .filter(isSession)
    .every((item) => item.kind === 'cross_training' && item.effort === 'light');
}

/**
 * Hints for one week, never blocks (../shared/CLINICAL-RULES.md §5 and common practice): no rest day; a hard run
 * and heavy lower-limb strength on the same day; more than 6 training days.
 */
export function scheduleHints(schedule: WeekSchedule): ScheduleHint[] {
  const hints: ScheduleHint[] = [];
  const { week, days } = schedule;
  if (!days.some(isRestDay)) {
    hints.push({
      kind: 'no_rest_day',
      week,
      days: [],
      message: 'No rest day this week: keep at least one day free, or with light activity only.',
    });
  }
  const clash = days
    .filter(
      (day) =>
        day.items.some((item) => item.kind === 'run' && item.run === 'hard') &&
        day.items.some((item) => item.kind === 'strength' && item.heavy),
    )
    .map((day) => day.weekday);
  if (clash.length) {
    hints.push({
      kind: 'hard_run_and_heavy_strength',
      week,
      days: clash,
      message:
        'A hard run and heavy lower-limb strength on the same day: move one of them so the knee recovers between.',
    });
  }
  const training = days.filter(isTrainingDay).length;
  if (training > 6) {
    hints.push({
      kind: 'over_six_training_days',
      week,
      days: [],
      message: `${training} training days this week: more than 6 leaves no full day off.`,
    });
  }
  return hints;
}
