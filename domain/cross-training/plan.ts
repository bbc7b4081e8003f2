import * as z from 'zod';
import { type Weekday, textOrNull, weekdayList, weekdays } from '../programs/dose';
import { isIsoDate, isMonday } from '../training-load/calendar-weeks';
import { intensity } from './intensity';
import { modalities } from './modalities';

export const sessionLimits = { minutes: { min: 5, max: 180 } } as const;
export const planLimits = {
  weeks: { min: 1, max: 26 },
  percentPerWeek: { min: 0, max: 25 },
  sessions: 14,
} as const;

const minutesMessage = `Enter ${sessionLimits.minutes.min} to ${sessionLimits.minutes.max} minutes.`;
export const sessionMinutes = z
  .number({ error: minutesMessage })
  .int({ error: minutesMessage })
  .min(sessionLimits.minutes.min, { error: minutesMessage })
  .max(sessionLimits.minutes.max, { error: minutesMessage });

// Codecs, not transforms: the API encodes responses with the same schema (see programs/dose.ts).
const optionalText = (max: number, what: string) =>
  textOrNull(z.string().max(max, { error: `${what} is at most ${max} characters.` }), `${what} must be text.`);

export const crossTrainingSession = z
  .object({
    id: z.string({ error: 'Unknown session.' }).regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Unknown session.' }),
    modality: z.enum(modalities, { error: 'Choose an activity.' }),
    otherModality: optionalText(60, 'The activity'),
    minutes: sessionMinutes,
    intensity,
    weekdays: weekdayList,
    notes: optionalText(500, 'The notes'),
  })
  .superRefine((s, ctx) => {
    if (s.modality === 'other' && !s.otherModality) {
      ctx.addIssue({ code: 'custom', path: ['otherModality'], message: 'Name the activity.' });
    }
  });
export type CrossTrainingSession = z.output<typeof crossTrainingSession>;

const percentMessage = `Enter ${planLimits.percentPerWeek.min} to ${planLimits.percentPerWeek.max} % a week.`;
export const progression = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('percent'),
      percentPerWeek: z
        .number({ error: percentMessage })
        .min(planLimits.percentPerWeek.min, { error: percentMessage })
        .max(planLimits.percentPerWeek.max, { error: percentMessage }),
      capMinutes: sessionMinutes,
    }),
  ],
  { error: 'Choose how the sessions progress.' },
);
export type Progression = z.infer<typeof progression>;

/** One session's minutes set by hand for one week, over what the progression gives. */
export const weekEdit = z.object({
  week: z.number({ error: 'Unknown week.' }).int({ error: 'Unknown week.' }).min(0, { error: 'Unknown week.' }),
  sessionId: z.string({ error: 'Unknown session.' }),
  minutes: sessionMinutes,
});
export type WeekEdit = z.infer<typeof weekEdit>;

export const runDayKinds = ['easy', 'hard'] as const;
export type RunDayKind = (typeof runDayKinds)[number];

/**
 * The running plan sets each week's distance, not its days: the days run and which of them is hard (a long run,
 * intervals) are set here, for the weekly schedule.
 */
export const runDay = z.object({
  weekday: z.enum(weekdays, { error: 'Choose a day of the week.' }),
  kind: z.enum(runDayKinds, { error: 'Choose an easy or a hard run.' }),
});
export type RunDay = z.infer<typeof runDay>;

const weeksMessage = `Plan ${planLimits.weeks.min} to ${planLimits.weeks.max} weeks.`;

export const crossTrainingPlan = z
  .object({
    startWeek: z
      .string({ error: 'Choose the Monday the plan starts.' })
      .refine((d) => isIsoDate(d) && isMonday(d), { error: 'Choose the Monday the plan starts.' }),
    weeks: z
      .number({ error: weeksMessage })
      .int({ error: weeksMessage })
      .min(planLimits.weeks.min, { error: weeksMessage })
      .max(planLimits.weeks.max, { error: weeksMessage }),
    progression,
    sessions: z
      .array(crossTrainingSession, { error: 'Sessions are a list.' })
      .max(planLimits.sessions, { error: `A plan holds at most ${planLimits.sessions} sessions.` }),
    weekEdits: z.array(weekEdit).default([]),
    runDays: z.array(runDay).default([]),
  })
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    plan.sessions.forEach((session, index) => {
      if (ids.has(session.id)) {
        ctx.addIssue({ code: 'custom', path: ['sessions', index, 'id'], message: 'Each session needs its own id.' });
      }
      ids.add(session.id);
    });
    plan.weekEdits.forEach((edit, index) => {
      if (edit.week >= plan.weeks || !ids.has(edit.sessionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weekEdits', index],
          message: 'This edit names a week or session the plan does not have.',
        });
      }
    });
    const runWeekdays = new Set<Weekday>();
    plan.runDays.forEach((day, index) => {
      if (runWeekdays.has(day.weekday)) {
        ctx.addIssue({ code: 'custom', path: ['runDays', index], message: 'Each run day once.' });
      }
      runWeekdays.add(day.weekday);
    });
  });
export type CrossTrainingPlan = z.output<typeof crossTrainingPlan>;
export type CrossTrainingPlanInput = z.input<typeof crossTrainingPlan>;
