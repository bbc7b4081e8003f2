import * as z from 'zod';
import { addWeeks, daysBetween, isIsoDate, mondayOf } from '../training-load/calendar-weeks';
import { csvOf } from './query-strings';
import { diagnoses, diagnosis, isoDate, patientStatuses } from './patients';

/** The longest range the dashboard draws week by week: two years of Monday weeks. */
export const maxRangeDays = 731;
/** Weeks the dashboard shows when no range is asked for: the issue's "last 12 weeks". */
export const defaultRangeWeeks = 12;

/**
 * `GET /api/caseload/summary`. `from`/`to` are optional so a plain request means "the last 12 weeks to today"
 * (the server knows today); the same filters as the Patients page (therapist, diagnoses, statuses) so a chart's
 * bar opens that page filtered the same way.
 */
export const caseloadQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    therapistId: z.uuid({ error: 'Unknown therapist.' }).optional(),
    diagnosis: csvOf(diagnoses, 'Unknown diagnosis.'),
    status: csvOf(patientStatuses, 'Status is active, on_hold or discharged.'),
  })
  .superRefine((q, ctx) => {
    if (!q.from || !q.to || !isIsoDate(q.from) || !isIsoDate(q.to)) return;
    if (q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The range ends before it starts.' });
    } else if (daysBetween(q.from, q.to) >= maxRangeDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Choose a range of at most two years.',
      });
    }
  });
export type CaseloadQuery = z.input<typeof caseloadQuery>;
export type CaseloadFilters = z.output<typeof caseloadQuery>;

/** The range a query means on `today`: its own dates, or the 12 Monday weeks up to today. */
export function resolveRange(
  query: Pick<CaseloadFilters, 'from' | 'to'>,
  today: string,
): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addWeeks(mondayOf(to), -(defaultRangeWeeks - 1));
  return { from, to };
}

const count = z.number().int().min(0);

export const caseloadSummary = z.object({
  /** The range the figures cover, both days included. */
  range: z.object({ from: isoDate, to: isoDate }),
  /** Monday of the week holding `to`: "new this week" and "flagged this week". */
  week: isoDate,
  /** First of the month holding `to`: "discharged this month" counts from it to `to`. */
  monthStart: isoDate,
  /** Set when the figures are one therapist's: the one asked for, or the caller's own for a therapist. */
  therapistId: z.uuid().nullable(),
  /** The therapists by name: for a manager the clinic's (active ones, and former ones still holding patients), for a therapist themselves. */
  therapists: z.array(z.object({ id: z.uuid(), displayName: z.string(), active: z.boolean() })),
  kpis: z.object({
    activePatients: count,
    newThisWeek: count,
    dischargedThisMonth: count,
    /** Active patients ÷ the therapists above; null without therapists. One decimal. */
    averageActivePerTherapist: z.number().nullable(),
    flaggedThisWeek: count,
    /** Active patients with a strength program whose latest version is more than 30 days older than `to`. */
    programsNotUpdated: count,
  }),
  /** Active patients per therapist and diagnosis (cells with none are left out). */
  activeByTherapist: z.array(z.object({ therapistId: z.uuid(), diagnosis, patients: count })),
  /** Intakes (start date) and discharges per Monday week of the range; weeks cut by the range count only its days. */
  weekly: z.array(z.object({ weekStart: isoDate, intakes: count, discharges: count })),
  /** Active patients per diagnosis. */
  diagnosisMix: z.array(z.object({ diagnosis, patients: count })),
  /** Patients with a running-load or pain flag in `week`, per therapist (therapists with none are left out). */
  flaggedByTherapist: z.array(z.object({ therapistId: z.uuid(), patients: count })),
});
export type CaseloadSummary = z.infer<typeof caseloadSummary>;
