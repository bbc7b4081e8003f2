import { todayIso } from '@domain/contracts/patients';
import { addDays, addWeeks, mondayOf, weekStarts } from '@domain/training-load/calendar-weeks';
import { fromMetres, metresPerUnit, toMetres } from '@domain/training-load/distance';
import {
  defaultPlanSettings,
  generatePlan,
  type PlannedWeek,
  type PlanSettings,
} from '@domain/training-load/plan-generator';
import {
  walkJogLevels,
  type WalkJogLevelNumber,
  type WalkJogSoreness,
} from '@domain/training-load/walk-jog-levels';
import type { NewPatient } from '../patients/repository';
import type { PlanContent } from '../running/plan-content';
import type { TypedWeek } from '../running/plans-repository';
import type { NewRun } from '../running/runs-repository';
import { mulberry32 } from './random';

/**
 * The demo clinic's running plans and run logs. Most active patients have a plan made at their first visit and
 * 8–16 weeks of runs ending this week (the weeks before the plan come from their watch, entered at intake); two
 * recovering from meniscus surgery are on the walk–jog levels instead, with their sessions since the plan began.
 * Three runners (`flaggedDemoRunners`, one per therapist) ran far more than planned last week and their
 * next-morning pain is climbing, so the two-week (Nielsen 2014) and pain (Silbernagel 2007) flags show; everyone
 * else stays inside the rules: at most +8 % on the last week that was not a planned cutback, at most +27 % over two
 * weeks, pain 0–2. Numbers come from a seeded generator, dates count back from the day of seeding: the same day
 * gives the same log.
 */

/** A demo patient as stored, with the id it was given. */
export type DemoRunningPatient = Pick<
  NewPatient,
  | 'clinicId'
  | 'therapistId'
  | 'firstName'
  | 'lastName'
  | 'status'
  | 'startDate'
  | 'weeklyDistance'
  | 'distanceUnit'
  | 'goalRaceDate'
> & { id: string };

export interface DemoRunningPlan {
  patientId: string;
  clinicId: string;
  therapistId: string;
  content: PlanContent;
  savedAt: Date;
  /** A later hand edit of one future week, saved as version 2. */
  edit?: { unit: NewPatient['distanceUnit']; weeks: TypedWeek[]; savedAt: Date };
}

export const flaggedDemoRunners = ['James Whitaker', 'Carlos Mendoza', 'Valentina Cruz'] as const;

interface MileageRunner {
  kind: 'mileage';
  /** Weeks of runs, this week included. */
  weeks: number;
  runsPerWeek: 2 | 3 | 4 | 5;
  /** The plan's target, in the patient's unit. */
  target: number;
  /** A future week was lowered by hand after the plan was made. */
  edited?: true;
}

/** One session: its level, when (if at all) the knee was sore, and whether the level was done in full. */
type Session = [WalkJogLevelNumber, WalkJogSoreness?, boolean?];

interface WalkJogRunner {
  kind: 'walk-jog';
  /** Weekdays of the sessions (0 = Monday): never two days in a row. */
  days: [number, number, number];
  /** Week by week from the plan's start, the last one this week; moving up no faster than the levels allow. */
  weeks: Session[][];
}

// prettier-ignore
const demoRunners: Record<string, MileageRunner | WalkJogRunner> = {
  'Ana García': { kind: 'mileage', weeks: 12, runsPerWeek: 4, target: 45, edited: true },
  'James Whitaker': { kind: 'mileage', weeks: 10, runsPerWeek: 4, target: 35 },
  'Sophie Nguyen': { kind: 'mileage', weeks: 8, runsPerWeek: 4, target: 22 },
  'Daniel Okafor': { kind: 'mileage', weeks: 14, runsPerWeek: 4, target: 60 },
  'Margaret Olsen': { kind: 'mileage', weeks: 9, runsPerWeek: 3, target: 14 },
  'Luis Hernández': {
    kind: 'walk-jog', days: [1, 3, 5],
    weeks: [[[1], [1], [2]], [[2], [3], [3]], [[3], [4], [4]]],
  },
  'Tomás Álvarez': { kind: 'mileage', weeks: 10, runsPerWeek: 3, target: 18 },
  'Kwame Mensah': { kind: 'mileage', weeks: 16, runsPerWeek: 5, target: 50 },
  'Isabella Romero': { kind: 'mileage', weeks: 8, runsPerWeek: 4, target: 35 },
  "Michael O'Brien": { kind: 'mileage', weeks: 9, runsPerWeek: 3, target: 20 },
  'Priscilla Adeyemi': { kind: 'mileage', weeks: 8, runsPerWeek: 4, target: 42 },
  'Carlos Mendoza': { kind: 'mileage', weeks: 13, runsPerWeek: 5, target: 65 },
  'Grace Thompson': { kind: 'mileage', weeks: 10, runsPerWeek: 2, target: 9 },
  'Ethan Park': { kind: 'mileage', weeks: 12, runsPerWeek: 5, target: 40 },
  'Lucía Ramírez': { kind: 'mileage', weeks: 9, runsPerWeek: 3, target: 28, edited: true },
  'María José Torres Vega': { kind: 'mileage', weeks: 11, runsPerWeek: 3, target: 22 },
  'Chloe Martin': { kind: 'mileage', weeks: 10, runsPerWeek: 3, target: 14 },
  'Yusuf Abubakar': { kind: 'mileage', weeks: 12, runsPerWeek: 5, target: 55 },
  'Valentina Cruz': { kind: 'mileage', weeks: 11, runsPerWeek: 4, target: 50 },
  'Diego Sánchez': { kind: 'mileage', weeks: 15, runsPerWeek: 5, target: 70 },
  'Evelyn Harris': { kind: 'mileage', weeks: 8, runsPerWeek: 3, target: 13 },
  'Jorge Gutiérrez': {
    kind: 'walk-jog', days: [0, 2, 4],
    weeks: [
      [[1], [1], [2]], [[2], [3], [3, 'after']], [[3], [4], [4]],
      [[4], [5, 'none', false], [5]], [[5], [5], [5]], [[5], [5], [6]],
    ],
  },
  'Benjamin Lee': { kind: 'mileage', weeks: 14, runsPerWeek: 4, target: 32 },
  'Mei Tanaka': { kind: 'mileage', weeks: 12, runsPerWeek: 4, target: 45 },
};

/** Which weekdays (0 = Monday) a runner runs on; the last is the long run. */
const dayPatterns: Record<number, number[][]> = {
  2: [
    [1, 5],
    [2, 6],
  ],
  3: [
    [1, 3, 5],
    [0, 2, 5],
    [1, 3, 6],
  ],
  4: [
    [0, 2, 4, 6],
    [1, 2, 4, 6],
    [1, 3, 5, 6],
  ],
  5: [
    [0, 1, 3, 4, 6],
    [0, 2, 3, 4, 6],
    [1, 2, 3, 5, 6],
  ],
};

const easyNotes = [
  'Easy run.',
  'Treadmill.',
  'Hills.',
  'With the club.',
  'Flat loop by the river.',
];

export function demoRunning(
  patients: readonly DemoRunningPatient[],
  now: Date,
): { plans: DemoRunningPlan[]; runs: NewRun[] } {
  const today = todayIso(now);
  const plans: DemoRunningPlan[] = [];
  const runs: NewRun[] = [];
  patients.forEach((patient, i) => {
    const name = `${patient.firstName} ${patient.lastName}`;
    const runner = demoRunners[name];
    if (!runner || patient.status !== 'active') return;
    const made =
      runner.kind === 'mileage'
        ? mileage(patient, runner, today, now, mulberry32(7919 * (i + 1)))
        : walkJog(patient, runner, today, now, mulberry32(104_729 * (i + 1)));
    plans.push(made.plan);
    runs.push(...made.runs);
  });
  return { plans, runs };
}

function mileage(
  patient: DemoRunningPatient,
  runner: MileageRunner,
  today: string,
  now: Date,
  random: () => number,
): { plan: DemoRunningPlan; runs: NewRun[] } {
  const unit = patient.distanceUnit;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const thisMonday = mondayOf(today);
  // The plan starts the week after the first visit.
  const startWeek = minDate(addWeeks(mondayOf(patient.startDate), 1), thisMonday);
  const settings: PlanSettings = {
    ...defaultPlanSettings,
    baselineMetres: toMetres(patient.weeklyDistance, unit),
    targetMetres: toMetres(runner.target, unit),
    startWeek,
    raceDate: patient.goalRaceDate ?? null,
    unit,
  };
  const weeks = generatePlan(settings).weeks;
  const plannedFor = (weekStart: string): PlannedWeek => {
    const week = weeks.find((w) => w.weekStart === weekStart);
    if (week) return week;
    const held =
      weekStart < startWeek ? settings.baselineMetres : weeks[weeks.length - 1].plannedMetres;
    return { weekStart, plannedMetres: held, kind: 'hold' };
  };

  const flagged = (flaggedDemoRunners as readonly string[]).includes(
    `${patient.firstName} ${patient.lastName}`,
  );
  const logged = weekStarts(addWeeks(thisMonday, 1 - runner.weeks), runner.weeks);
  const jump = logged.length - 2; // last week: the flagged runners' big week
  const pace = 5 + 1.8 * random(); // minutes per km
  const totals: number[] = [];
  const runs: NewRun[] = [];
  let reference = -1; // the last week that was not a planned cutback, as the weekly check compares

  logged.forEach((weekStart, w) => {
    const planned = plannedFor(weekStart);
    let metres = planned.plannedMetres * (0.92 + 0.08 * random());
    if (flagged && w === jump) {
      // Measured as the two-week check measures it: after a planned cutback, against the week before it.
      const base = plannedFor(logged[w - 2]).kind === 'cutback' ? w - 3 : w - 2;
      metres = totals[base] * (1.36 + 0.08 * random());
    } else if (flagged && w === jump + 1) {
      metres = totals[jump] * 0.9;
    } else {
      if (reference >= 0) metres = Math.min(metres, totals[reference] * 1.08);
      if (w >= 2) metres = Math.min(metres, totals[w - 2] * 1.27);
    }

    const count =
      planned.kind === 'cutback' ? Math.max(2, runner.runsPerWeek - 1) : runner.runsPerWeek;
    const days = pick(dayPatterns[count]);
    const tenths = split(Math.floor((metres / metresPerUnit[unit]) * 10), days.length, random);
    totals[w] = tenths.reduce((sum, t) => sum + toMetres(t / 10, unit), 0);
    if (planned.kind !== 'cutback') reference = w;

    let dates = days.map((d) => addDays(weekStart, d));
    if (weekStart === thisMonday) {
      // This week so far; a runner whose days are all still to come ran this morning instead.
      if (dates.every((d) => d > today)) dates = [today, ...dates.slice(1)];
    }
    dates.forEach((date, r) => {
      if (date > today) return;
      const long = r === days.length - 1 && days.length > 2;
      const distance = tenths[r] / 10;
      const pain = painFor(flagged ? w - jump : -Infinity, random);
      let notes: string | null = null;
      if (flagged && w === jump && long)
        notes = 'Joined a group long run: much further than planned.';
      else if (flagged && w === jump + 1 && r === 0)
        notes = 'Knee sore on the stairs this morning.';
      else if (long && random() < 0.25) notes = 'Long run.';
      else if (random() < 0.08) notes = pick(easyNotes);
      const km = toMetres(distance, unit) / 1000;
      runs.push({
        clinicId: patient.clinicId,
        patientId: patient.id,
        date,
        distanceMetres: toMetres(distance, unit),
        durationMinutes:
          random() < 0.1 ? null : Math.max(1, Math.round(km * pace * (0.96 + 0.1 * random()))),
        painDuring: pain.during,
        // Not known until the morning after; now and then not asked.
        painNextMorning: date >= today || (!flagged && random() < 0.08) ? null : pain.nextMorning,
        notes,
        walkJog: null,
        ...loggedAt(date, r, now),
      });
    });
  });

  const plan: DemoRunningPlan = {
    patientId: patient.id,
    clinicId: patient.clinicId,
    therapistId: patient.therapistId,
    content: { kind: 'mileage', settings, weeks },
    savedAt: new Date(`${patient.startDate}T17:45:00Z`),
  };
  if (runner.edited) {
    // Two weeks ahead, the therapist held a build week at the week before's distance.
    const index = weeks.findIndex(
      (w) => w.weekStart >= addWeeks(thisMonday, 2) && w.kind === 'build',
    );
    if (index > 0) {
      const typed = weeks.map((w) => ({
        weekStart: w.weekStart,
        distance: fromMetres(w.plannedMetres, unit),
        kind: w.kind,
      }));
      typed[index] = { ...typed[index], distance: typed[index - 1].distance, kind: 'hold' };
      plan.edit = {
        unit,
        weeks: typed,
        savedAt: new Date(`${addDays(today, -1)}T18:00:00Z`),
      };
    }
  }
  return { plan, runs };
}

/**
 * Pain 0–10 for a run, by the week's place relative to a flagged runner's big week (`fromJump`: -1 the week
 * before, 0 the big week, 1 this week; -Infinity for everyone else): green until then, next-morning pain
 * climbing 2–3 → 5–6 → 6–7.
 */
function painFor(fromJump: number, random: () => number): { during: number; nextMorning: number } {
  const pick = (list: number[]) => list[Math.floor(random() * list.length)];
  switch (fromJump) {
    case -1:
      return { during: pick([1, 2, 2]), nextMorning: pick([2, 3]) };
    case 0:
      return { during: pick([3, 4]), nextMorning: pick([5, 6]) };
    case 1:
      return { during: pick([4, 5]), nextMorning: pick([6, 7]) };
    default:
      return { during: pick([0, 0, 1, 1, 2]), nextMorning: pick([0, 0, 0, 1, 1, 2]) };
  }
}

/**
 * `total` tenths of the unit over `count` runs, summing exactly: the last run, the long one, about 1.6 times the
 * others when there are three or more, each a little different.
 */
function split(total: number, count: number, random: () => number): number[] {
  const weights = Array.from({ length: count }, (_, i) => {
    const base = i === count - 1 && count > 2 ? 1.6 : 1;
    return base * (0.85 + 0.3 * random());
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[count - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function walkJog(
  patient: DemoRunningPatient,
  runner: WalkJogRunner,
  today: string,
  now: Date,
  random: () => number,
): { plan: DemoRunningPlan; runs: NewRun[] } {
  const pick = (list: number[]) => list[Math.floor(random() * list.length)];
  const first = addWeeks(mondayOf(today), 1 - runner.weeks.length);
  const runs: NewRun[] = [];
  runner.weeks.forEach((sessions, w) => {
    sessions.forEach(([level, soreness = 'none', completed = true], s) => {
      const date = addDays(addWeeks(first, w), runner.days[s]);
      if (date > today) return;
      const { totalMetres } = walkJogLevels[level - 1];
      const metres = completed ? totalMetres! : Math.round(totalMetres! * 0.75);
      runs.push({
        clinicId: patient.clinicId,
        patientId: patient.id,
        date,
        distanceMetres: metres,
        durationMinutes: Math.round((metres / 1000) * (8.5 - 0.3 * level) + random() * 3),
        painDuring: soreness === 'none' ? pick([0, 1, 1, 2]) : 2,
        painNextMorning: date >= today ? null : soreness === 'after' ? 2 : pick([0, 0, 1]),
        notes: soreness === 'after' ? 'Knee a little sore after; no swelling.' : null,
        walkJog: { level, completed, soreness, swellingIncreased: false },
        ...loggedAt(date, s, now),
      });
    });
  });
  const startDate = addDays(first, runner.days[0]);
  return {
    plan: {
      patientId: patient.id,
      clinicId: patient.clinicId,
      therapistId: patient.therapistId,
      content: { kind: 'walk-jog', startDate, startLevel: 1 },
      savedAt: new Date(`${patient.startDate}T17:45:00Z`),
    },
    runs,
  };
}

/** Logged the evening of the run (a run this morning: not later than the seed). */
function loggedAt(date: string, index: number, now: Date): { createdAt: Date; updatedAt: Date } {
  const at = new Date(`${date}T19:${String(10 + index).padStart(2, '0')}:00Z`);
  const when = at < now ? at : now;
  return { createdAt: when, updatedAt: when };
}

const minDate = (a: string, b: string) => (a < b ? a : b);
