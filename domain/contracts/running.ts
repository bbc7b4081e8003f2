import * as z from 'zod';
import {
  addDays,
  addWeeks,
  isIsoDate,
  isMonday,
  weeksBetween,
} from '../training-load/calendar-weeks';
import { toMetres } from '../training-load/distance';
import { maxPlanWeeks, plannedWeekKinds, type PlanSettings } from '../training-load/plan-generator';
import { walkJogLevelNumbers, walkJogSoreness } from '../training-load/walk-jog-levels';
import {
  distanceUnit,
  isoDate,
  todayIso,
  type DistanceUnit,
  weeklyDistanceLimit,
} from './patients';

// One limit for the patient form, plans and runs; exported here too for the running feature's forms.
export { weeklyDistanceLimit };

const distance = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a number.` })
    .min(0, { error: `The ${what} cannot be negative.` });

function checkWeekly(
  value: number,
  unit: DistanceUnit,
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  what: string,
): void {
  const limit = weeklyDistanceLimit(unit);
  if (value > limit)
    ctx.addIssue({ code: 'custom', path, message: `${what} is at most ${limit} ${unit}.` });
}

// The refinement also sees text the date check refused; that text keeps the date message alone.
const monday = isoDate.refine((d) => !isIsoDate(d) || isMonday(d), {
  error: 'Choose a Monday: weeks start on Monday.',
});

/** NPRS: a whole number 0–10. */
const pain = (when: string) =>
  z
    .number({ error: `Enter pain ${when} as a whole number from 0 to 10.` })
    .int({ error: `Enter pain ${when} as a whole number from 0 to 10.` })
    .min(0, { error: `Enter pain ${when} as a whole number from 0 to 10.` })
    .max(10, { error: `Enter pain ${when} as a whole number from 0 to 10.` });

const nullable = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** Generate a mileage plan: distances in the patient's unit as typed; the server stores metres. */
export const mileagePlanRequest = z
  .object({
    kind: z.literal('mileage'),
    baselineDistance: distance('current weekly distance').positive({
      error:
        'Enter a current weekly distance above 0; for a patient not yet running, use the walk–jog levels.',
    }),
    targetDistance: distance('target weekly distance').positive({
      error: 'Enter a target weekly distance above 0.',
    }),
    distanceUnit: distanceUnit.default('mi'),
    startWeek: monday,
    maxWeeklyIncreasePercent: z
      .number({ error: 'Enter the weekly increase as a number.' })
      .min(1, { error: 'The weekly increase is between 1 % and 30 %.' })
      .max(30, { error: 'The weekly increase is between 1 % and 30 %.' })
      .default(10),
    cutbackEvery: z
      .number({ error: 'Enter how often a cutback week comes as a whole number of weeks.' })
      .int({ error: 'Enter how often a cutback week comes as a whole number of weeks.' })
      .min(2, { error: 'A cutback week comes every 2 to 8 weeks, or not at all.' })
      .max(8, { error: 'A cutback week comes every 2 to 8 weeks, or not at all.' })
      .nullable()
      .default(4),
    cutbackPercent: z
      .number({ error: 'Enter the cutback week as a percentage of the week before.' })
      .min(50, { error: 'A cutback week is 50 % to 95 % of the week before.' })
      .max(95, { error: 'A cutback week is 50 % to 95 % of the week before.' })
      .default(85),
    raceDate: nullable(isoDate),
  })
  .superRefine((p, ctx) => {
    checkWeekly(
      p.baselineDistance,
      p.distanceUnit,
      ctx,
      ['baselineDistance'],
      'The current weekly distance',
    );
    checkWeekly(
      p.targetDistance,
      p.distanceUnit,
      ctx,
      ['targetDistance'],
      'The target weekly distance',
    );
    if (p.targetDistance < p.baselineDistance) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetDistance'],
        message: 'The target cannot be below the current weekly distance.',
      });
    }
    // Refinements run even when a date failed its format check; compare only real dates.
    if (!p.raceDate || !isIsoDate(p.raceDate) || !isIsoDate(p.startWeek)) return;
    if (p.raceDate < p.startWeek) {
      ctx.addIssue({
        code: 'custom',
        path: ['raceDate'],
        message: 'The race cannot be before the plan starts.',
      });
    } else if (weeksBetween(p.startWeek, p.raceDate) >= maxPlanWeeks) {
      ctx.addIssue({
        code: 'custom',
        path: ['raceDate'],
        message: `The race must be within ${maxPlanWeeks} weeks of the start.`,
      });
    }
  });
export type MileagePlanRequest = z.input<typeof mileagePlanRequest>;

/** Start a return-to-run plan on the walk–jog levels. */
export const walkJogPlanRequest = z.object({
  kind: z.literal('walk-jog'),
  startDate: isoDate,
  startLevel: z.literal(walkJogLevelNumbers, { error: 'Choose a level from 1 to 8.' }).default(1),
});
export type WalkJogPlanRequest = z.input<typeof walkJogPlanRequest>;

export const createRunningPlanRequest = z.discriminatedUnion(
  'kind',
  [mileagePlanRequest, walkJogPlanRequest],
  {
    error: 'Choose a mileage plan or the walk–jog levels.',
  },
);
export type CreateRunningPlanRequest = z.input<typeof createRunningPlanRequest>;

/** The generator's settings in stored metres, from a parsed mileage plan request. */
export function toPlanSettings(request: z.output<typeof mileagePlanRequest>): PlanSettings {
  return {
    baselineMetres: toMetres(request.baselineDistance, request.distanceUnit),
    targetMetres: toMetres(request.targetDistance, request.distanceUnit),
    startWeek: request.startWeek,
    maxWeeklyIncreasePercent: request.maxWeeklyIncreasePercent,
    cutbackEvery: request.cutbackEvery,
    cutbackPercent: request.cutbackPercent,
    raceDate: request.raceDate,
    unit: request.distanceUnit,
  };
}

export const plannedWeekKind = z.enum(plannedWeekKinds, {
  error: 'Choose build, cutback, hold or race.',
});

/** Save a plan the therapist edited: every week, consecutive Mondays, plus the version it was read at (409 if stale). */
export const saveRunningPlanRequest = z
  .object({
    version: z.number().int().min(1),
    distanceUnit,
    weeks: z
      .array(
        z.object({
          weekStart: monday,
          distance: distance('planned distance'),
          kind: plannedWeekKind,
        }),
        {
          error: 'Send the planned weeks.',
        },
      )
      .min(1, { error: 'A plan has at least one week.' })
      .max(maxPlanWeeks, { error: `A plan has at most ${maxPlanWeeks} weeks.` }),
  })
  .superRefine((p, ctx) => {
    const first = p.weeks[0]?.weekStart;
    p.weeks.forEach((week, i) => {
      checkWeekly(week.distance, p.distanceUnit, ctx, ['weeks', i, 'distance'], 'A planned week');
      if (
        i > 0 &&
        isIsoDate(first) &&
        isIsoDate(week.weekStart) &&
        week.weekStart !== addWeeks(first, i)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['weeks', i, 'weekStart'],
          message: 'Planned weeks follow one another, Monday to Monday.',
        });
      }
    });
  });
export type SaveRunningPlanRequest = z.input<typeof saveRunningPlanRequest>;

/** Soreness and swelling for a session on the walk–jog levels (what `nextWalkJogSession` reads). */
export const walkJogSessionInput = z.object({
  level: z.literal(walkJogLevelNumbers, { error: 'Choose a level from 1 to 8.' }),
  completed: z.boolean({ error: 'Say whether the whole level was done.' }),
  soreness: z.enum(walkJogSoreness, { error: 'Choose when, if at all, the knee was sore.' }),
  swellingIncreased: z.boolean({ error: 'Say whether swelling increased.' }).default(false),
});

const runFields = z.object({
  date: isoDate,
  distance: distance('distance').positive({ error: 'Enter a distance above 0.' }),
  distanceUnit: distanceUnit.default('mi'),
  durationMinutes: nullable(
    z
      .number({ error: 'Enter the duration in whole minutes.' })
      .int({ error: 'Enter the duration in whole minutes.' })
      .min(1, { error: 'A run lasts at least 1 minute.' })
      .max(1440, { error: 'A run lasts at most 1440 minutes (24 hours).' }),
  ),
  painDuring: pain('during the run'),
  painNextMorning: nullable(pain('the next morning')),
  notes: z
    .string()
    .trim()
    .max(2000, { error: 'Notes are at most 2000 characters.' })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null),
  walkJog: nullable(walkJogSessionInput),
});

/**
 * One run can hold no more than a whole week may (300 km); the server also checks the week's total with
 * `weekTotalMetres`. A date up to one day ahead of the server's is accepted: the clinic may be in a later time zone.
 */
function checkRun(r: z.infer<typeof runFields>, ctx: z.RefinementCtx, today: string): void {
  checkWeekly(r.distance, r.distanceUnit, ctx, ['distance'], 'A run');
  if (r.date > addDays(today, 1)) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'A run cannot be in the future.' });
  }
}

export const createRunRequest = runFields.superRefine((r, ctx) => checkRun(r, ctx, todayIso()));
export type CreateRunRequest = z.input<typeof createRunRequest>;

export const updateRunRequest = runFields
  .extend({ version: z.number().int().min(1) })
  .superRefine((r, ctx) => checkRun(r, ctx, todayIso()));
export type UpdateRunRequest = z.input<typeof updateRunRequest>;

/** Any text, as for patients: an unknown id gets the same 404 whatever the reason. */
export const runParams = z.object({ id: z.string(), runId: z.string() });

/** Runs between two dates, both included; either may be left out. Query strings arrive as text. */
export const runListQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    error: 'The end date cannot be before the start date.',
  });
export type RunListQuery = z.input<typeof runListQuery>;

export const plannedWeek = z.object({
  weekStart: isoDate,
  plannedMetres: z.number().int(),
  kind: plannedWeekKind,
});
export type PlannedWeekDto = z.infer<typeof plannedWeek>;

export const run = z.object({
  id: z.uuid(),
  date: isoDate,
  distanceMetres: z.number().int(),
  durationMinutes: z.number().int().nullable(),
  painDuring: z.number().int(),
  painNextMorning: z.number().int().nullable(),
  notes: z.string().nullable(),
  walkJog: walkJogSessionInput.nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Run = z.infer<typeof run>;

export const runList = z.object({ runs: z.array(run) });
export type RunList = z.infer<typeof runList>;

/** A mileage plan's settings as stored: distances in metres. */
export const planSettings = z.object({
  baselineMetres: z.number().int(),
  targetMetres: z.number().int(),
  startWeek: isoDate,
  maxWeeklyIncreasePercent: z.number(),
  cutbackEvery: z.number().int().nullable(),
  cutbackPercent: z.number(),
  raceDate: isoDate.nullable(),
  unit: distanceUnit,
}) satisfies z.ZodType<PlanSettings>;

const planRecord = { id: z.uuid(), version: z.number().int(), updatedAt: z.iso.datetime() };

export const runningPlan = z.discriminatedUnion('kind', [
  z.object({
    ...planRecord,
    kind: z.literal('mileage'),
    settings: planSettings,
    weeks: z.array(plannedWeek),
  }),
  z.object({
    ...planRecord,
    kind: z.literal('walk-jog'),
    startDate: isoDate,
    startLevel: z.literal(walkJogLevelNumbers),
  }),
]);
export type RunningPlanDto = z.infer<typeof runningPlan>;

/** GET /api/patients/:id/running-plan: the patient's current plan, or null before one is made. */
export const runningPlanResponse = z.object({ plan: runningPlan.nullable() });
export type RunningPlanResponse = z.infer<typeof runningPlanResponse>;

/**
 * POST /api/patients/:id/running-plan makes a plan from settings. Over an existing plan it must name the
 * version it replaces (what the therapist was looking at): otherwise 409 with the current plan.
 */
export const createRunningPlanQuery = z.object({
  replacesVersion: z.coerce
    .number({ error: 'Give the version of the plan being replaced as a whole number.' })
    .int({ error: 'Give the version of the plan being replaced as a whole number.' })
    .min(1, { error: 'Give the version of the plan being replaced as a whole number.' })
    .optional(),
});
export type CreateRunningPlanQuery = z.input<typeof createRunningPlanQuery>;

/** GET /api/patients/:id/running-plan/versions: every saved version, newest first. */
export const runningPlanVersions = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      savedAt: z.iso.datetime(),
      savedBy: z.object({ id: z.uuid(), displayName: z.string() }),
      /** What this save did, in a sentence: "Plan made: 10 → 20 mi over 12 weeks", "Week of 3 Mar: 14 → 12 mi". */
      summary: z.string(),
      plan: runningPlan,
    }),
  ),
});
export type RunningPlanVersions = z.infer<typeof runningPlanVersions>;
