import { type Weekday, weekdays } from '../programs/dose';
import { addDays, addWeeks } from '../training-load/calendar-weeks';
import { type EffortBand, effortBand } from './intensity';
import type { CrossTrainingPlan, RunDay, RunDayKind } from './plan';
import { sessionMinutesInWeek } from './progression';
import type { StrengthDay } from './strength-days';

export type ScheduleItem =
  | { kind: 'run'; run: RunDayKind }
  | { kind: 'strength'; heavy: boolean; routineOnly: boolean }
  | { kind: 'cross_training'; sessionId: string; minutes: number; effort: EffortBand };

export interface ScheduleDay {
  weekday: Weekday;
  date: string;
  items: ScheduleItem[];
}

export interface WeekSchedule {
  week: number;
  weekStart: string;
  days: ScheduleDay[];
  /** The running plan's distance for the week; null without a mileage plan. */
  plannedRunMetres: number | null;
}

/** A mileage plan's weekly distances by Monday (YYYY-MM-DD); null without one (no plan, or a walk–jog plan). */
export type PlannedRunning = ReadonlyMap<string, number> | null;

/** The weekly distances of a mileage plan's weeks as `weekSchedule` reads them; null without a mileage plan. */
export function plannedRunning(
  weeks: readonly { weekStart: string; plannedMetres: number }[] | null | undefined,
): PlannedRunning {
  return weeks ? new Map(weeks.map((week) => [week.weekStart, week.plannedMetres])) : null;
}

/**
 * One Monday–Sunday week of the plan: run days, strength days and the cross-training sessions with their minutes.
 * The run days are the plan's, drawn in the weeks the running plan has distance for: a week it plans no running
 * (not running yet, or past its end) has none.
 */
export function weekSchedule(
  plan: CrossTrainingPlan,
  strength: readonly StrengthDay[],
  week: number,
  running: PlannedRunning = null,
): WeekSchedule {
  const weekStart = addWeeks(plan.startWeek, week);
  const plannedRunMetres = running ? (running.get(weekStart) ?? 0) : null;
  const runDays = plannedRunMetres === 0 ? [] : plan.runDays;
  const days = weekdays.map((weekday, i): ScheduleDay => {
    const items: ScheduleItem[] = [];
    for (const run of runDays) if (run.weekday === weekday) items.push({ kind: 'run', run: run.kind });
    for (const day of strength) {
      if (day.weekday === weekday) items.push({ kind: 'strength', heavy: day.heavy, routineOnly: day.routineOnly });
    }
    for (const session of plan.sessions) {
      if (session.weekdays.includes(weekday)) {
        items.push({
          kind: 'cross_training',
          sessionId: session.id,
          minutes: sessionMinutesInWeek(plan, session, week),
          effort: effortBand(session.intensity),
        });
      }
    }
    return { weekday, date: addDays(weekStart, i), items };
  });
  return { week, weekStart, days, plannedRunMetres };
}

/** Every week of the plan. */
export function planSchedule(
  plan: CrossTrainingPlan,
  strength: readonly StrengthDay[],
  running: PlannedRunning = null,
): WeekSchedule[] {
  return Array.from({ length: plan.weeks }, (_, week) => weekSchedule(plan, strength, week, running));
}

/** What a move needs of a plan: the saved plan and the form's draft both have it. */
interface SessionsOnDays<S extends { id: string; weekdays: Weekday[] }> {
  sessions: S[];
}

/**
 * Moves a session from one weekday to another, in every week (a session's days are the same each week). Moving onto
 * a day the session already has leaves it once on that day.
 */
export function moveSession<S extends { id: string; weekdays: Weekday[] }, P extends SessionsOnDays<S>>(
  plan: P,
  sessionId: string,
  from: Weekday,
  to: Weekday,
): P {
  return {
    ...plan,
    sessions: plan.sessions.map((session) => {
      if (session.id !== sessionId || !session.weekdays.includes(from)) return session;
      const days = new Set(session.weekdays);
      days.delete(from);
      days.add(to);
      return { ...session, weekdays: weekdays.filter((d) => days.has(d)) };
    }),
  };
}

/**
 * The nearest day before (step -1) or after (step 1) `from`, within the same Monday–Sunday week, that does not
 * already hold the session: where a keyboard move lands. Null at the edge of the week or when every day that way
 * holds it already.
 */
export function nextFreeDay(
  sessionDays: readonly Weekday[],
  from: Weekday,
  step: -1 | 1,
): Weekday | null {
  for (let i = weekdays.indexOf(from) + step; i >= 0 && i < weekdays.length; i += step) {
    const day = weekdays[i]!;
    if (!sessionDays.includes(day)) return day;
  }
  return null;
}

/** Sets the run on one weekday (easy or hard), or takes it away (null); run days stay in week order. */
export function withRunDay<P extends { runDays: RunDay[] }>(
  plan: P,
  weekday: Weekday,
  kind: RunDayKind | null,
): P {
  const others = plan.runDays.filter((day) => day.weekday !== weekday);
  const runDays = kind ? [...others, { weekday, kind }] : others;
  return {
    ...plan,
    runDays: runDays.sort((a, b) => weekdays.indexOf(a.weekday) - weekdays.indexOf(b.weekday)),
  };
}
