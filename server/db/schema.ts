import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
  type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core';
import type { CustomExerciseFields } from '@domain/contracts/exercises';
import {
  diagnoses,
  distanceUnits,
  type Diagnosis,
  languages,
  patientStatuses,
  sexes,
  sides,
} from '@domain/contracts/patients';
import type { RunningPlanDto } from '@domain/contracts/running';
import type { HandoutVersions } from '@domain/contracts/handouts';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import type { ImageContentType } from '@domain/illustrations/image-upload';
import type { HandoutDocument } from '@domain/handout/handout-document';
import type { HandoutOptions } from '@domain/handout/handout-options';
import { roles } from '@domain/contracts/users';
import type { Program } from '@domain/programs/program';
import type { PlannedWeek, PlanSettings } from '@domain/training-load/plan-generator';
import type { WalkJogSession } from '@domain/training-load/walk-jog-levels';
import { nameKey, statusRank } from './patient-keys';

/*
 * One schema for PGlite (PostgreSQL 18) and PostgreSQL 15: keep to SQL that 15 supports.
 * Later features add their tables here and ship them as new migrations (`npm run db:generate`).
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const clinics = pgTable(
  'clinics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // Printed on handouts; a clinic created from the command line has none until a manager fills them in.
    address: text('address'),
    phone: text('phone'),
    /** The logo printed now: one of the clinic's own `clinic_logos`, or none. */
    logoId: uuid('logo_id'),
    // Optimistic locking of the Clinic page's fields; a logo change is a row of its own and leaves it alone.
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  // Typed by hand: clinics and clinic_logos refer to each other, which TypeScript cannot infer.
  (t): PgTableExtraConfigValue[] => [
    // The logo must be this clinic's: another clinic's logo id cannot be set, even by a bug.
    foreignKey({
      name: 'clinics_logo_clinic_fk',
      columns: [t.logoId, t.id],
      foreignColumns: [clinicLogos.id, clinicLogos.clinicId],
    }),
    check('clinics_version_check', sql`${t.version} >= 1`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Sign-in looks people up by email whatever case they type, so uniqueness ignores case too.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_clinic_id_idx').on(t.clinicId),
    // Lets patients reference (therapist, clinic) together, so a patient's therapist is always of its clinic.
    unique('users_id_clinic_id_key').on(t.id, t.clinicId),
    check('users_role_check', sql.raw(`role in (${roles.map((r) => `'${r}'`).join(', ')})`)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 (hex) of the cookie token: a stolen database copy cannot be replayed as a cookie.
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    clientAddress: text('client_address').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    // An identity column rather than a uuid: the log is append-only and reads back in insertion order.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Null when the event belongs to no clinic yet, e.g. a failed sign-in with an unknown email.
    clinicId: uuid('clinic_id').references(() => clinics.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    clientAddress: text('client_address').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_clinic_at_idx').on(t.clinicId, t.at),
    // A record's trail (a patient's, for its managers) without reading the whole clinic's log.
    index('audit_events_record_idx').on(t.recordType, t.recordId),
  ],
);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true }).notNull();
const isoDate = (name: string) => date(name, { mode: 'string' });

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    therapistId: uuid('therapist_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: isoDate('date_of_birth').notNull(),
    sex: text('sex', { enum: sexes }),
    phone: text('phone'),
    email: text('email'),
    preferredLanguage: text('preferred_language', { enum: languages }).notNull().default('en'),
    diagnosis: text('diagnosis', { enum: diagnoses }).notNull(),
    diagnosisOther: text('diagnosis_other'),
    affectedSide: text('affected_side', { enum: sides }).notNull(),
    status: text('status', { enum: patientStatuses }).notNull().default('active'),
    dischargedOn: isoDate('discharged_on'),
    dischargeReason: text('discharge_reason'),
    startDate: isoDate('start_date').notNull(),
    // Whole metres: one unit for sums and comparisons; shown in the patient's own unit (distance.ts).
    weeklyDistanceM: integer('weekly_distance_m').notNull(),
    distanceUnit: text('distance_unit', { enum: distanceUnits }).notNull(),
    yearsRunning: integer('years_running'),
    runningGoal: text('running_goal'),
    goalRace: text('goal_race'),
    goalRaceDate: isoDate('goal_race_date'),
    clinicalNotes: text('clinical_notes'),
    // Optimistic locking: every write says which version it edits and bumps it.
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').defaultNow(),
    updatedAt: timestamptz('updated_at').defaultNow(),
    // Names as the list sorts and searches them (patient-keys.ts), kept by PostgreSQL itself: stored, so
    // sorting and matching a page compare plain columns instead of recomputing the folding row by row.
    lastNameKey: text('last_name_key')
      .notNull()
      .generatedAlwaysAs((): SQL => nameKey(patients.lastName)),
    firstNameKey: text('first_name_key')
      .notNull()
      .generatedAlwaysAs((): SQL => nameKey(patients.firstName)),
    fullNameKey: text('full_name_key')
      .notNull()
      .generatedAlwaysAs((): SQL =>
        nameKey(sql`${patients.firstName} || ' ' || ${patients.lastName}`),
      ),
  },
  (t) => {
    const byName = [t.lastNameKey, t.firstNameKey, t.id];
    return [
      // Lets running plans and runs reference (patient, clinic) together, so their clinic is always the patient's.
      unique('patients_id_clinic_id_key').on(t.id, t.clinicId),
      foreignKey({
        name: 'patients_therapist_clinic_fk',
        columns: [t.therapistId, t.clinicId],
        foreignColumns: [users.id, users.clinicId],
      }),
      check('patients_sex_check', sql`${t.sex} is null or ${oneOf(t.sex, sexes)}`),
      check('patients_preferred_language_check', oneOf(t.preferredLanguage, languages)),
      check('patients_diagnosis_check', oneOf(t.diagnosis, diagnoses)),
      check(
        'patients_diagnosis_other_check',
        sql`${t.diagnosis} <> 'other' or ${t.diagnosisOther} is not null`,
      ),
      check('patients_affected_side_check', oneOf(t.affectedSide, sides)),
      check('patients_status_check', oneOf(t.status, patientStatuses)),
      check(
        'patients_discharge_check',
        sql`(${t.status} = 'discharged') = (${t.dischargedOn} is not null and ${t.dischargeReason} is not null)`,
      ),
      check('patients_distance_unit_check', oneOf(t.distanceUnit, distanceUnits)),
      check('patients_weekly_distance_check', sql`${t.weeklyDistanceM} >= 0`),
      check('patients_version_check', sql`${t.version} >= 1`),

      /*
       * The patient list (patients/repository.ts) is always one clinic's patients, or one therapist's (a
       * therapist's own caseload, or a manager's therapist filter), a page of 50 sorted by name, start
       * date, status or last update, in either direction (an index reads backwards too), every order
       * ending in the name order so pages are stable. One index per order and scope: a page is read in
       * order, never by sorting the clinic.
       */
      index('patients_clinic_name_idx').on(t.clinicId, ...byName),
      index('patients_therapist_name_idx').on(t.clinicId, t.therapistId, ...byName),
      index('patients_clinic_start_idx').on(t.clinicId, t.startDate, ...byName),
      index('patients_therapist_start_idx').on(t.clinicId, t.therapistId, t.startDate, ...byName),
      index('patients_clinic_status_idx').on(t.clinicId, statusRank(t.status), ...byName),
      index('patients_therapist_status_idx').on(
        t.clinicId,
        t.therapistId,
        statusRank(t.status),
        ...byName,
      ),
      index('patients_clinic_updated_idx').on(t.clinicId, t.updatedAt, t.id),
      index('patients_therapist_updated_idx').on(t.clinicId, t.therapistId, t.updatedAt, t.id),
      // Name-prefix search: text_pattern_ops serves LIKE 'prefix%' whatever the database's collation, and
      // the trailing therapist column lets a therapist's search pass over others' patients in the index.
      index('patients_first_name_search_idx').on(
        t.clinicId,
        t.firstNameKey.op('text_pattern_ops'),
        t.therapistId,
      ),
      index('patients_last_name_search_idx').on(
        t.clinicId,
        t.lastNameKey.op('text_pattern_ops'),
        t.therapistId,
      ),
      index('patients_full_name_search_idx').on(
        t.clinicId,
        t.fullNameKey.op('text_pattern_ops'),
        t.therapistId,
      ),
    ];
  },
);

/**
 * What the caseload tallies count a patient under: the patient's therapist, diagnosis and status. Shared by
 * `patient_counts` and the tables of migration 0010, whose triggers keep them in step with `patients`.
 */
const patientKey = () => ({
  therapistId: uuid('therapist_id').notNull(),
  diagnosis: text('diagnosis', { enum: diagnoses }).notNull(),
  status: text('status', { enum: patientStatuses }).notNull(),
});

/**
 * How many patients each clinic has per therapist, status and diagnosis: the list's total without a name
 * search is a sum over these few rows instead of a count of the clinic's index (100,000 entries for a
 * large clinic's manager). Written only by triggers on `patients` (migration 0002_patient_counts), in the
 * transaction of the write itself, so it is exact; rows that fall to 0 stay (a clinic has few keys).
 */
export const patientCounts = pgTable(
  'patient_counts',
  {
    clinicId: uuid('clinic_id').notNull(),
    ...patientKey(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clinicId, t.therapistId, t.status, t.diagnosis] })],
);

export const patientDayEvents = ['intake', 'discharge'] as const;

/**
 * How many patients each clinic took in (by start date) and discharged (by discharge date) per day, therapist,
 * diagnosis and status: the caseload dashboard's intakes and discharges of a range are a sum over these rows,
 * whose number stops growing with the clinic's size (a day has at most one row per therapist, diagnosis and
 * status), instead of a count of a range of the clinic's patients. Written only by triggers on `patients`
 * (migration 0010), in the transaction of the write itself; rows that fall to 0 stay.
 */
export const patientDayCounts = pgTable(
  'patient_day_counts',
  {
    clinicId: uuid('clinic_id').notNull(),
    event: text('event', { enum: patientDayEvents }).notNull(),
    day: isoDate('day').notNull(),
    ...patientKey(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.clinicId, t.event, t.day, t.therapistId, t.diagnosis, t.status],
    }),
  ],
);

export const runningPlanKinds = [
  'mileage',
  'walk-jog',
] as const satisfies readonly RunningPlanDto['kind'][];

/** The columns a running plan is made of, shared by the current plan and each saved version. */
const planContent = () => ({
  kind: text('kind', { enum: runningPlanKinds }).notNull(),
  // A mileage plan: its generator settings (distances in metres) and its weeks, as generated or edited.
  settings: jsonb('settings').$type<PlanSettings>(),
  weeks: jsonb('weeks').$type<PlannedWeek[]>(),
  // A walk–jog plan: the day it starts and the level it starts on (CLINICAL-RULES §3).
  startDate: isoDate('start_date'),
  startLevel: integer('start_level'),
  version: integer('version').notNull(),
});

/** Each kind of plan has its own columns and none of the other's. */
function planShape(t: {
  kind: AnyPgColumn;
  settings: AnyPgColumn;
  weeks: AnyPgColumn;
  startDate: AnyPgColumn;
  startLevel: AnyPgColumn;
}): SQL {
  return sql`(${t.kind} = 'mileage' and ${t.settings} is not null and ${t.weeks} is not null and ${t.startDate} is null and ${t.startLevel} is null) or (${t.kind} = 'walk-jog' and ${t.settings} is null and ${t.weeks} is null and ${t.startDate} is not null and ${t.startLevel} between 1 and 8)`;
}

/**
 * A patient's running plan as it stands: one row per patient, rewritten by every save (optimistic locking on
 * `version`). What each save wrote is kept in `running_plan_versions`.
 */
export const runningPlans = pgTable(
  'running_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    ...planContent(),
    createdAt: timestamptz('created_at').defaultNow(),
    updatedAt: timestamptz('updated_at').defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'running_plans_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }),
    unique('running_plans_patient_id_key').on(t.patientId),
    check('running_plans_kind_check', oneOf(t.kind, runningPlanKinds)),
    check('running_plans_shape_check', planShape(t)),
    check('running_plans_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * Every saved version of a running plan, with who saved it, when, and what changed. Append-only: a trigger
 * (migration 0003_running) refuses UPDATE, DELETE and TRUNCATE, so the history cannot be rewritten.
 */
export const runningPlanVersions = pgTable(
  'running_plan_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => runningPlans.id),
    ...planContent(),
    /** One sentence: "Plan made: 10 → 20 mi, 11 weeks", "2 weeks changed from the week of 2026-12-07". */
    summary: text('summary').notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamptz('saved_at'),
  },
  (t) => [
    unique('running_plan_versions_plan_version_key').on(t.planId, t.version),
    check('running_plan_versions_kind_check', oneOf(t.kind, runningPlanKinds)),
    check('running_plan_versions_shape_check', planShape(t)),
    check('running_plan_versions_version_check', sql`${t.version} >= 1`),
  ],
);

/** The run log: one row per run, distances in whole metres, pain on the 0–10 NPRS (CLINICAL-RULES §1–§2). */
export const runs = pgTable(
  'runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    date: isoDate('date').notNull(),
    distanceM: integer('distance_m').notNull(),
    durationMinutes: integer('duration_minutes'),
    painDuring: integer('pain_during').notNull(),
    painNextMorning: integer('pain_next_morning'),
    notes: text('notes'),
    // A session on the walk–jog levels: level, completed, soreness, swelling.
    walkJog: jsonb('walk_jog').$type<Omit<WalkJogSession, 'date'>>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').defaultNow(),
    updatedAt: timestamptz('updated_at').defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'runs_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }),
    // A patient's log by date: the list, a date range, and the week total checked on every write.
    index('runs_patient_date_idx').on(t.patientId, t.date),
    check('runs_distance_check', sql`${t.distanceM} >= 0`),
    check('runs_pain_during_check', sql`${t.painDuring} between 0 and 10`),
    check(
      'runs_pain_next_morning_check',
      sql`${t.painNextMorning} is null or ${t.painNextMorning} between 0 and 10`,
    ),
    check(
      'runs_duration_check',
      sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 1440`,
    ),
    check('runs_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * The weeks in which a patient's runs carry an amber or red running-load or pain flag (domain/caseload/
 * flagged-weeks.ts, the Running tab's own checks), so the caseload dashboard counts a week's flagged patients
 * from `flagged_week_counts` instead of checking a clinic's run log on every view. Derived data: rewritten per patient by
 * server/caseload/flagged-weeks.ts for the patients in `flagged_weeks_stale`.
 */
export const patientFlaggedWeeks = pgTable(
  'patient_flagged_weeks',
  {
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    weekStart: isoDate('week_start').notNull(),
    // The patient's, copied so `flagged_week_counts` is kept from these rows alone (a trigger on patients
    // follows a reassignment, a new diagnosis or status).
    ...patientKey(),
  },
  (t) => [
    primaryKey({ columns: [t.patientId, t.weekStart] }),
    foreignKey({
      name: 'patient_flagged_weeks_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }).onDelete('cascade'),
  ],
);

/**
 * How many patients are flagged per week, therapist, diagnosis and status: a week's count on the dashboard is a
 * sum over a few rows. Written only by triggers on `patient_flagged_weeks` (migration 0010), in the transaction
 * of the write; rows that fall to 0 stay.
 */
export const flaggedWeekCounts = pgTable(
  'flagged_week_counts',
  {
    clinicId: uuid('clinic_id').notNull(),
    weekStart: isoDate('week_start').notNull(),
    ...patientKey(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.clinicId, t.weekStart, t.therapistId, t.diagnosis, t.status],
    }),
  ],
);

/**
 * Patients whose flagged weeks must be computed again: written by triggers on runs, running plans and a
 * patient's distance unit (migration 0010), in the transaction of the write itself, so no change is missed
 * whichever code writes it; emptied by server/caseload/flagged-weeks.ts.
 */
export const flaggedWeeksStale = pgTable('flagged_weeks_stale', {
  patientId: uuid('patient_id').primaryKey(),
  clinicId: uuid('clinic_id').notNull(),
});

/**
 * A clinic's own exercises, beside the read-only catalogue (domain/exercises). The exercise's fields are one jsonb
 * document in the contract's shape (checked by the contract on every write, read back whole by the library); the
 * columns are what the database itself needs: the clinic, the catalogue exercise it was copied from, and optimistic
 * locking.
 */
export const customExercises = pgTable(
  'custom_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    basedOn: text('based_on'),
    fields: jsonb('fields').notNull().$type<Omit<CustomExerciseFields, 'basedOn'>>(),
    /** The picture shown now: one of the exercise's own `exercise_images`, or none (drawn from its poses). */
    imageId: uuid('image_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').defaultNow(),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamptz('updated_at').defaultNow(),
  },
  // Typed by hand: custom_exercises and exercise_images refer to each other, which TypeScript cannot infer.
  (t): PgTableExtraConfigValue[] => [
    index('custom_exercises_clinic_id_idx').on(t.clinicId),
    // The picture must be this exercise's own.
    foreignKey({
      name: 'custom_exercises_image_fk',
      columns: [t.imageId, t.id],
      foreignColumns: [exerciseImages.id, exerciseImages.exerciseId],
    }),
    check('custom_exercises_fields_check', sql`jsonb_typeof(${t.fields}) = 'object'`),
    check('custom_exercises_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * Every saved version of a patient's strength program: the current program is the highest version. Append-only: a
 * trigger (migration 0004_programs) refuses UPDATE, DELETE and TRUNCATE, so a saved version never changes; a save
 * adds the next one with the patient's row locked, and the unique key makes two saves of one version impossible.
 */
export const programVersions = pgTable(
  'program_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    version: integer('version').notNull(),
    program: jsonb('program').notNull().$type<Program>(),
    /** One sentence: "Added Step-up; changed the dose of Glute bridge (reps 10 → 12)". */
    changeSummary: text('change_summary').notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamptz('saved_at'),
  },
  (t) => [
    foreignKey({
      name: 'program_versions_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }),
    // Also the index of "the patient's latest version" and of the history, newest first.
    unique('program_versions_patient_version_key').on(t.patientId, t.version),
    check('program_versions_version_check', sql`${t.version} >= 1`),
    check('program_versions_program_check', sql`jsonb_typeof(${t.program}) = 'object'`),
  ],
);

/**
 * How many patients' strength programs were last saved on each day (UTC), per therapist, diagnosis and status:
 * "programs not updated in 30 days" is a sum over the rows before the cutoff, a few per day, instead of each
 * patient's latest of the clinic's versions. Written only by triggers on `program_versions` (append-only) and on a
 * patient's therapist, diagnosis or status (migration 0010); rows that fall to 0 stay.
 */
export const programLastSaves = pgTable(
  'program_last_saves',
  {
    clinicId: uuid('clinic_id').notNull(),
    savedOn: isoDate('saved_on').notNull(),
    ...patientKey(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.clinicId, t.status, t.savedOn, t.therapistId, t.diagnosis],
    }),
  ],
);

/** Programs a clinic saved as its own templates, offered beside the built-in ones (domain/programs/templates). */
export const clinicTemplates = pgTable(
  'clinic_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    name: text('name').notNull(),
    summary: text('summary'),
    diagnoses: jsonb('diagnoses').notNull().$type<Diagnosis[]>(),
    program: jsonb('program').notNull().$type<Program>(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').defaultNow(),
  },
  (t) => [
    // Two templates of one clinic with the same name could not be told apart in the builder's menu.
    uniqueIndex('clinic_templates_clinic_name_key').on(t.clinicId, sql`lower(${t.name})`),
    check('clinic_templates_diagnoses_check', sql`jsonb_typeof(${t.diagnoses}) = 'array'`),
    check('clinic_templates_program_check', sql`jsonb_typeof(${t.program}) = 'object'`),
  ],
);

/** A CHECK that a text column holds one of the contract's values. */
function oneOf(column: AnyPgColumn, values: readonly string[]) {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

/**
 * A patient's low-impact cross-training plan, one row per saved version (append-only, as program_versions): the
 * highest version is the current plan.
 */
export const crossTrainingVersions = pgTable(
  'cross_training_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    version: integer('version').notNull(),
    plan: jsonb('plan').notNull().$type<CrossTrainingPlan>(),
    changeSummary: text('change_summary').notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamptz('saved_at'),
  },
  (t) => [
    foreignKey({
      name: 'cross_training_versions_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }),
    unique('cross_training_versions_patient_version_key').on(t.patientId, t.version),
    check('cross_training_versions_version_check', sql`${t.version} >= 1`),
    check('cross_training_versions_plan_check', sql`jsonb_typeof(${t.plan}) = 'object'`),
  ],
);

/** PostgreSQL bytea: node-postgres gives a Buffer, PGlite a Uint8Array; both come back as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Every picture a clinic uploaded for one of its custom exercises (issue 5), kept for good like clinic logos:
 * `custom_exercises.image_id` names the one shown now, and a handout printed earlier names its own by id, so a
 * reprint shows the picture the patient was given. The bytes were checked to be PNG or JPEG by their content;
 * `content_type` is what the check found, never what the browser claimed, so serving it back cannot turn it into
 * HTML. Append-only (migration 0011).
 */
export const exerciseImages = pgTable(
  'exercise_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references((): AnyPgColumn => customExercises.id),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamptz('uploaded_at').notNull(),
  },
  (t) => [
    index('exercise_images_clinic_id_idx').on(t.clinicId),
    // What custom_exercises.image_id points at with the exercise, so an exercise can only show its own picture.
    unique('exercise_images_id_exercise_id_key').on(t.id, t.exerciseId),
    check(
      'exercise_images_content_type_check',
      sql`${t.contentType} in ('image/png', 'image/jpeg')`,
    ),
    check('exercise_images_size_check', sql`octet_length(${t.bytes}) between 1 and 2097152`),
  ],
);

/**
 * Every logo a clinic uploaded, kept for good: `clinics.logo_id` names the one printed now, and a handout printed
 * with an older one still finds it at its URL. Append-only: a trigger (migration 0008_clinic_settings) refuses
 * UPDATE, DELETE and TRUNCATE. Like exercise pictures, `content_type` is what the bytes are, never what the
 * browser claimed.
 */
export const clinicLogos = pgTable(
  'clinic_logos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references((): AnyPgColumn => clinics.id),
    contentType: text('content_type').notNull().$type<ImageContentType>(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamptz('uploaded_at').notNull(),
  },
  (t) => [
    // What clinics.logo_id points at with the clinic, so a clinic can only show its own logo.
    unique('clinic_logos_id_clinic_id_key').on(t.id, t.clinicId),
    check('clinic_logos_content_type_check', sql`${t.contentType} in ('image/png', 'image/jpeg')`),
    check('clinic_logos_size_check', sql`octet_length(${t.bytes}) between 1 and 1048576`),
  ],
);

/**
 * Every handout printed for a patient (issue 8): who printed it, when, with which options and from which saved
 * versions, and the document exactly as printed, so a reprint shows what the patient was given. Append-only: a
 * trigger (migration 0009_handouts) refuses UPDATE, DELETE and TRUNCATE.
 */
export const handouts = pgTable(
  'handouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    printedBy: uuid('printed_by')
      .notNull()
      .references(() => users.id),
    printedAt: timestamptz('printed_at'),
    options: jsonb('options').notNull().$type<HandoutOptions>(),
    versions: jsonb('versions').notNull().$type<HandoutVersions>(),
    document: jsonb('document').notNull().$type<HandoutDocument>(),
  },
  (t) => [
    foreignKey({
      name: 'handouts_patient_clinic_fk',
      columns: [t.patientId, t.clinicId],
      foreignColumns: [patients.id, patients.clinicId],
    }),
    // The patient's history, newest first.
    index('handouts_patient_printed_at_idx').on(t.patientId, t.printedAt),
    check('handouts_document_check', sql`jsonb_typeof(${t.document}) = 'object'`),
  ],
);
