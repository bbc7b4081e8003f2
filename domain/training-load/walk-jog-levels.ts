import { addDays, daysBetween, mondayOf, type IsoDate } from './calendar-weeks';
import { toMetres } from './distance';
import { sources, type RuleSource } from './sources';

/**
 * Return to running on the University of Delaware walk–jog levels (CLINICAL-RULES §3, treadmill form), with the
 * rules for moving up as data the UI can list.
 */
export const walkJogLevelNumbers = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type WalkJogLevelNumber = (typeof walkJogLevelNumbers)[number];

export interface WalkJogLevel {
  level: WalkJogLevelNumber;
  /** The session as the table gives it, in miles (the source's unit). */
  session: string;
  walkMiles: number | null;
  jogMiles: number | null;
  /** The whole session; null for level 8, whose distance the source table does not give. */
  totalMiles: number | null;
  totalMetres: number | null;
}

const level = (
  n: WalkJogLevelNumber,
  session: string,
  walkMiles: number | null,
  jogMiles: number | null,
  totalMiles: number | null,
): WalkJogLevel => ({
  level: n,
  session,
  walkMiles,
  jogMiles,
  totalMiles,
  totalMetres: totalMiles === null ? null : toMetres(totalMiles, 'mi'),
});

export const walkJogLevels: readonly WalkJogLevel[] = [
  level(1, 'Walk 0.1 mi, jog 0.1 mi; repeat 10 times (2 mi).', 0.1, 0.1, 2),
  level(2, 'Walk 0.1 mi, jog 0.2 mi; repeat to 2 mi.', 0.1, 0.2, 2),
  level(3, 'Walk 0.1 mi, jog 0.3 mi; repeat to 2 mi.', 0.1, 0.3, 2),
  level(4, 'Walk 0.1 mi, jog 0.4 mi; repeat to 2 mi.', 0.1, 0.4, 2),
  level(5, 'Jog 2 mi.', null, 2, 2),
  level(6, 'Jog 2.5 mi.', null, 2.5, 2.5),
  level(7, 'Jog 3 mi.', null, 3, 3),
  level(8, 'Alternate running and jogging every 0.25 mi.', null, null, null),
];

/** The limits the gate applies; the soreness rules follow in `walkJogCriteria`. */
export const walkJogLimits = {
  sessionsPerWeek: 4,
  restDaysBetweenSessions: 1,
  levelsPerSevenDays: 2,
} as const;

export interface WalkJogCriterion {
  id:
    | 'completed'
    | 'sessions-per-week'
    | 'no-consecutive-days'
    | 'levels-per-week'
    | 'sore-warm-up'
    | 'sore-workout'
    | 'sore-after';
  text: string;
  source: RuleSource;
}

export const walkJogCriteria: readonly WalkJogCriterion[] = [
  {
    id: 'completed',
    text: 'Move up only after doing the level in full (2 mi at levels 1–5) with no increase in swelling or pain.',
    source: sources['walk-jog-levels'],
  },
  {
    id: 'sessions-per-week',
    text: 'At most 4 sessions a week.',
    source: sources['walk-jog-levels'],
  },
  {
    id: 'no-consecutive-days',
    text: 'Never on consecutive days.',
    source: sources['walk-jog-levels'],
  },
  {
    id: 'levels-per-week',
    text: 'No more than 2 levels in 7 days.',
    source: sources['walk-jog-levels'],
  },
  {
    id: 'sore-warm-up',
    text: 'Sore during the warm-up: 2 days off and drop a level.',
    source: sources['soreness-rules'],
  },
  {
    id: 'sore-workout',
    text: 'Sore during the workout: 1 day off and drop a level.',
    source: sources['soreness-rules'],
  },
  {
    id: 'sore-after',
    text: 'Sore or swollen after: stay at the level.',
    source: sources['soreness-rules'],
  },
];

/** When, if at all, the knee was sore in a session. */
export type WalkJogSoreness = 'none' | 'warm-up' | 'workout' | 'after';
export const walkJogSoreness = [
  'none',
  'warm-up',
  'workout',
  'after',
] as const satisfies readonly WalkJogSoreness[];

export interface WalkJogSession {
  date: IsoDate;
  level: WalkJogLevelNumber;
  /** The whole session of the level was done. */
  completed: boolean;
  soreness: WalkJogSoreness;
  swellingIncreased: boolean;
}

export interface WalkJogAdvice {
  /** The level for the next session. */
  level: WalkJogLevelNumber;
  /** The next session is one level above the last one. */
  moveUp: boolean;
  /** A session may take place on the day asked about. */
  mayRunOn: boolean;
  /** The first day the next session may take place. */
  earliestDate: IsoDate;
  /** Plain sentences: why this level, and why not before `earliestDate`. */
  reasons: string[];
}

/**
 * The level for a session on `day` and whether it may take place then, from the sessions so far. Advice only:
 * the therapist decides. Sessions after `day` are ignored.
 */
export function nextWalkJogSession(
  history: readonly WalkJogSession[],
  day: IsoDate,
): WalkJogAdvice {
  const sessions = history
    .filter((s) => s.date <= day)
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = sessions[sessions.length - 1];
  if (!last) {
    const reasons = ['First session: start at level 1.'];
    return { level: 1, moveUp: false, mayRunOn: true, earliestDate: day, reasons };
  }

  const reasons: string[] = [];
  let level: WalkJogLevelNumber = last.level;
  let restDays: number = walkJogLimits.restDaysBetweenSessions;
  const dropped = Math.max(1, last.level - 1) as WalkJogLevelNumber;

  if (last.soreness === 'warm-up') {
    level = dropped;
    restDays = 2;
    reasons.push(`Sore during the warm-up on ${last.date}: 2 days off, then level ${level}.`);
  } else if (last.soreness === 'workout') {
    level = dropped;
    reasons.push(`Sore during the workout on ${last.date}: 1 day off, then level ${level}.`);
  } else if (last.soreness === 'after' || last.swellingIncreased) {
    reasons.push(
      `${last.soreness === 'after' ? 'Sore' : 'Swollen'} after the session on ${last.date}: stay at level ${level}.`,
    );
  } else if (!last.completed) {
    reasons.push(
      `Level ${level} was not done in full on ${last.date}: repeat it before moving up.`,
    );
  } else if (last.level === 8) {
    reasons.push('Level 8 is the last level: build weekly distance with a mileage plan next.');
  } else {
    const candidate = (last.level + 1) as WalkJogLevelNumber;
    // The level the patient was at when the 7 days ending on `day` began.
    const windowStart = addDays(day, -6);
    const before = sessions.filter((s) => s.date < windowStart);
    const startLevel = (before[before.length - 1] ?? sessions[0]).level;
    if (candidate - startLevel > walkJogLimits.levelsPerSevenDays) {
      reasons.push(
        `Level ${startLevel} to ${candidate} would be more than 2 levels in 7 days: stay at level ${level} on ${day}.`,
      );
    } else {
      level = candidate;
      reasons.push(
        `Level ${last.level} done in full on ${last.date} without soreness or swelling: move up to level ${level}.`,
      );
    }
  }

  let earliestDate = addDays(last.date, restDays + 1);
  const weekSessions = sessions.filter((s) => mondayOf(s.date) === mondayOf(day)).length;
  if (daysBetween(day, earliestDate) > 0) {
    reasons.push(
      restDays === 1
        ? `Not on consecutive days: the next session is on ${earliestDate} or later.`
        : `Two days off: the next session is on ${earliestDate} or later.`,
    );
  }
  if (weekSessions >= walkJogLimits.sessionsPerWeek) {
    const nextMonday = addDays(mondayOf(day), 7);
    if (nextMonday > earliestDate) earliestDate = nextMonday;
    reasons.push(
      `Already ${weekSessions} sessions this week (at most 4): the next session is on ${earliestDate} or later.`,
    );
  }
  const mayRunOn = daysBetween(day, earliestDate) <= 0;
  return { level, moveUp: level > last.level, mayRunOn, earliestDate, reasons };
}
