import { type Weekday, weekdays } from '../programs/dose';
import { addDays, addWeeks } from '../training-load/calendar-weeks';
import { type EffortBand, effortBand } from './intensity';
import type { CrossTrainingPlan, RunDayKind } from './plan';
import { sessionMinutesInWeek } from './progression';
import type { StrengthDay } from './strength-days';

export type ScheduleItem =
  | { kind: 'run'; run: RunDayKind }
  | { kind: 'strength'; heavy: boolean }
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
}

/** One Monday–Sunday week of the plan: run days, strength days and the cross-training sessions with their minutes. */
export function weekSchedule(plan: CrossTrainingPlan, strength: readonly StrengthDay[], week: number): WeekSchedule {
  const weekStart = addWeeks(plan.startWeek, week);
  const days = weekdays.map((weekday, i): ScheduleDay => {
    const items: ScheduleItem[] = [];
    for (const run of plan.runDays) if (run.weekday === weekday) items.push({ kind: 'run', run: run.kind });
    for (const day of strength) if (day.weekday === weekday) items.push({ kind: 'strength', heavy: day.heavy });
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
  return { week, weekStart, days };
}

/** Every week of the plan. */
export function planSchedule(plan: CrossTrainingPlan, strength: readonly StrengthDay[]): WeekSchedule[] {
  return Array.from({ length: plan.weeks }, (_, week) => weekSchedule(plan, strength, week));
}

/**
 * Moves a session from one weekday to another, in every week (a session's days are the same each week). Moving onto
 * a day the session already has leaves it once on that day.
 */
export function moveSession(plan: CrossTrainingPlan, sessionId: string, from: Weekday, to: Weekday): CrossTrainingPlan {
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
