import * as z from 'zod';
import { csvOf } from './query-strings';
import { optionalText, phoneNumber } from './text-fields';

export const diagnoses = [
  'patellofemoral_pain',
  'itbs',
  'meniscus_nonop',
  'meniscus_postop',
  'patellar_tendinopathy',
  'other',
] as const;
export const diagnosis = z.enum(diagnoses, { error: 'Choose a diagnosis.' });
export type Diagnosis = z.infer<typeof diagnosis>;

/** How each diagnosis reads to a therapist (and, in brackets, the name patients know). */
export const diagnosisLabels: Record<Diagnosis, string> = {
  patellofemoral_pain: "Patellofemoral pain (runner's knee)",
  itbs: 'IT band syndrome',
  meniscus_nonop: 'Meniscus tear, non-operative',
  meniscus_postop: 'Meniscus tear, after surgery',
  patellar_tendinopathy: 'Patellar tendinopathy',
  other: 'Other',
};

export const patientStatuses = ['active', 'on_hold', 'discharged'] as const;
export const patientStatus = z.enum(patientStatuses, { error: 'Choose a status.' });
export type PatientStatus = z.infer<typeof patientStatus>;
export const patientStatusLabels: Record<PatientStatus, string> = {
  active: 'Active',
  on_hold: 'On hold',
  discharged: 'Discharged',
};

export const sides = ['left', 'right', 'both'] as const;
export const side = z.enum(sides, { error: 'Choose the affected side.' });
export type Side = z.infer<typeof side>;

export const sexes = ['female', 'male', 'other'] as const;
export const languages = ['en', 'es'] as const;
export const languageLabels: Record<(typeof languages)[number], string> = {
  en: 'English',
  es: 'Spanish',
};
export const distanceUnits = ['mi', 'km'] as const;
export const distanceUnit = z.enum(distanceUnits, { error: 'Choose miles or kilometres.' });
export type DistanceUnit = z.infer<typeof distanceUnit>;

/** A calendar date as YYYY-MM-DD that really exists (no 2026-02-30). */
export const isoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' });

const personName = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, { error: `Enter the ${what}.` })
    .max(80, { error: `The ${what} is at most 80 characters.` });

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => s === '' || z.email().safeParse(s).success, {
    error: 'Enter a valid email address, like name@example.com.',
  })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

/** Weekly distance as the therapist types it: the patient's own unit, 0–300 km a week (186.4 mi). */
export const maxWeeklyKm = 300;
export const kmPerMile = 1.609344;

/** The fields a therapist edits. Dates are compared with `today` by the refinements in `patientInput`. */
const patientFields = z.object({
  firstName: personName('first name'),
  lastName: personName('last name'),
  dateOfBirth: isoDate,
  sex: z
    .enum(sexes, { error: 'Choose female, male or other.' })
    .nullable()
    .optional()
    .transform((s) => s ?? null),
  phone: phoneNumber,
  email: optionalEmail,
  preferredLanguage: z.enum(languages, { error: 'Choose English or Spanish.' }).default('en'),
  diagnosis,
  diagnosisOther: optionalText(200, 'The diagnosis'),
  affectedSide: side,
  startDate: isoDate,
  weeklyDistance: z
    .number({ error: 'Enter the current weekly distance as a number.' })
    .min(0, { error: 'Weekly distance cannot be negative.' }),
  distanceUnit: distanceUnit.default('mi'),
  yearsRunning: z
    .number({ error: 'Enter years running as a number.' })
    .int({ error: 'Enter whole years.' })
    .min(0, { error: 'Years running cannot be negative.' })
    .max(80, { error: 'Years running is at most 80.' })
    .nullable()
    .optional()
    .transform((n) => n ?? null),
  runningGoal: optionalText(500, 'The goal'),
  goalRace: optionalText(120, 'The race name'),
  goalRaceDate: isoDate
    .nullable()
    .optional()
    .transform((d) => d ?? null),
  clinicalNotes: optionalText(5000, 'Clinical notes'),
});

/** The most a week may hold in the unit typed: 300 km, or 186.4 mi (rounded down). */
export function weeklyDistanceLimit(unit: DistanceUnit): number {
  return unit === 'km' ? maxWeeklyKm : Math.floor((maxWeeklyKm / kmPerMile) * 10) / 10;
}

function checkPatient(p: z.infer<typeof patientFields>, ctx: z.RefinementCtx, today: string): void {
  const limitKm = weeklyDistanceLimit(p.distanceUnit);
  if (p.weeklyDistance > limitKm) {
    ctx.addIssue({
      code: 'custom',
      path: ['weeklyDistance'],
      message: `Weekly distance is at most ${limitKm} ${p.distanceUnit}.`,
    });
  }
  if (p.dateOfBirth > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['dateOfBirth'],
      message: 'Date of birth cannot be in the future.',
    });
  } else if (p.dateOfBirth < '1900-01-01') {
    ctx.addIssue({
      code: 'custom',
      path: ['dateOfBirth'],
      message: 'Date of birth must be after 1900.',
    });
  }
  if (p.diagnosis === 'other' && !p.diagnosisOther) {
    ctx.addIssue({ code: 'custom', path: ['diagnosisOther'], message: 'Describe the diagnosis.' });
  }
  if (p.goalRaceDate && !p.goalRace) {
    ctx.addIssue({ code: 'custom', path: ['goalRace'], message: 'Name the race for this date.' });
  }
  if (p.startDate < p.dateOfBirth) {
    ctx.addIssue({
      code: 'custom',
      path: ['startDate'],
      message: 'Start date cannot be before the date of birth.',
    });
  }
}

/** Today as YYYY-MM-DD in local time: birth dates are compared as calendar dates. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Create a patient. The therapist is the signed-in therapist; a manager must name one. */
export const createPatientRequest = patientFields
  .extend({ therapistId: z.uuid({ error: 'Choose a therapist.' }).optional() })
  .superRefine((p, ctx) => checkPatient(p, ctx, todayIso()));
export type CreatePatientRequest = z.input<typeof createPatientRequest>;

/** Edit a patient: the whole record plus the version it was read at (409 if someone saved since). */
export const updatePatientRequest = patientFields
  .extend({
    version: z.number().int().min(1),
    status: z.enum(['active', 'on_hold'], { error: 'Use discharge to discharge a patient.' }),
  })
  .superRefine((p, ctx) => checkPatient(p, ctx, todayIso()));
export type UpdatePatientRequest = z.input<typeof updatePatientRequest>;

export const dischargeRequest = z.object({
  version: z.number().int().min(1),
  dischargedOn: isoDate,
  reason: z
    .string({ error: 'Give a reason for the discharge.' })
    .trim()
    .min(1, { error: 'Give a reason for the discharge.' })
    .max(500, { error: 'The reason is at most 500 characters.' }),
});
export type DischargeRequest = z.infer<typeof dischargeRequest>;

export const reactivateRequest = z.object({ version: z.number().int().min(1) });
export const reassignRequest = z.object({
  version: z.number().int().min(1),
  therapistId: z.uuid({ error: 'Choose a therapist.' }),
});

/**
 * Any text: the server answers an id that is not a uuid with the same 404 as an unknown patient, another
 * clinic's or another therapist's, so a reply never tells which it was.
 */
export const patientParams = z.object({ id: z.string() });

export const patient = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
  sex: z.enum(sexes).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLanguage: z.enum(languages),
  diagnosis,
  diagnosisOther: z.string().nullable(),
  affectedSide: side,
  status: patientStatus,
  dischargedOn: isoDate.nullable(),
  dischargeReason: z.string().nullable(),
  therapist: z.object({ id: z.uuid(), displayName: z.string() }),
  startDate: isoDate,
  weeklyDistance: z.number(),
  distanceUnit,
  yearsRunning: z.number().nullable(),
  runningGoal: z.string().nullable(),
  goalRace: z.string().nullable(),
  goalRaceDate: isoDate.nullable(),
  clinicalNotes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Patient = z.infer<typeof patient>;

export const patientSummary = patient.pick({
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  diagnosis: true,
  affectedSide: true,
  status: true,
  therapist: true,
  startDate: true,
  updatedAt: true,
});
export type PatientSummary = z.infer<typeof patientSummary>;

export const patientSorts = ['name', 'startDate', 'status', 'updatedAt'] as const;

export const patientListQuery = z.object({
  page: z.coerce
    .number({ error: 'Page must be a number.' })
    .int()
    .min(1, { error: 'Pages start at 1.' })
    .default(1),
  pageSize: z.coerce
    .number({ error: 'Page size must be a number.' })
    .int()
    .min(1, { error: 'Page size is at least 1.' })
    .max(100, { error: 'Page size is at most 100.' })
    .default(50),
  sort: z
    .enum(patientSorts, { error: 'Sort by name, startDate, status or updatedAt.' })
    .default('name'),
  direction: z.enum(['asc', 'desc'], { error: 'Direction is asc or desc.' }).default('asc'),
  status: csvOf(patientStatuses, 'Status is active, on_hold or discharged.'),
  diagnosis: csvOf(diagnoses, 'Unknown diagnosis.'),
  therapistId: z.uuid({ error: 'Unknown therapist.' }).optional(),
  q: z.string().trim().max(100, { error: 'Search text is at most 100 characters.' }).optional(),
});
export type PatientListQuery = z.input<typeof patientListQuery>;

export const patientList = z.object({
  items: z.array(patientSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PatientList = z.infer<typeof patientList>;

/** A stale save: the server's current record, so the therapist can compare and re-apply. */
export const staleVersionError = z.object({
  error: z.literal('stale_version'),
  message: z.string(),
  current: patient,
});

export const auditEntry = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.iso.datetime(),
  clientAddress: z.string().nullable(),
});
export const auditTrail = z.object({ entries: z.array(auditEntry) });
