import type { CrossTrainingPlan, CrossTrainingSession } from './plan';

/**
 * A session's minutes in week `week` (0 = the first week): the starting minutes raised by the plan's percentage
 * each week, to the nearest minute, never above the cap (a session that starts above the cap keeps its minutes);
 * a minute count set by hand for that week wins.
 */
export function sessionMinutesInWeek(plan: CrossTrainingPlan, session: CrossTrainingSession, week: number): number {
  const edit = plan.weekEdits.find((e) => e.week === week && e.sessionId === session.id);
  if (edit) return edit.minutes;
  const { progression } = plan;
  if (progression.kind === 'none') return session.minutes;
  const grown = Math.round(session.minutes * (1 + progression.percentPerWeek / 100) ** week);
  return Math.max(session.minutes, Math.min(grown, progression.capMinutes));
}

export interface PlannedSessionWeek {
  sessionId: string;
  minutes: number;
  /** Set by hand for this week rather than by the progression. */
  edited: boolean;
}

/** Every week of the plan with each session's minutes, first week first. */
export function plannedWeeks(plan: CrossTrainingPlan): PlannedSessionWeek[][] {
  return Array.from({ length: plan.weeks }, (_, week) =>
    plan.sessions.map((session) => ({
      sessionId: session.id,
      minutes: sessionMinutesInWeek(plan, session, week),
      edited: plan.weekEdits.some((e) => e.week === week && e.sessionId === session.id),
    })),
  );
}
