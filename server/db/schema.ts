import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
} from 'drizzle-orm/pg-core';
import {
  diagnoses,
  distanceUnits,
  languages,
  patientStatuses,
  sexes,
  sides,
} from '@domain/contracts/patients';
import { roles } from '@domain/contracts/users';
import { nameKey, statusRank } from './patient-keys';

/*
 * One schema for PGlite (PostgreSQL 18) and PostgreSQL 15: keep to SQL that 15 supports.
 * Later features add their tables here and ship them as new migrations (`npm run db:generate`).
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const clinics = pgTable('clinics', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // Printed on handouts; a clinic created from the command line has none until a manager fills them in.
  address: text('address'),
  phone: text('phone'),
  createdAt: createdAt(),
});

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
 * How many patients each clinic has per therapist, status and diagnosis: the list's total without a name
 * search is a sum over these few rows instead of a count of the clinic's index (100,000 entries for a
 * large clinic's manager). Written only by triggers on `patients` (migration 0002_patient_counts), in the
 * transaction of the write itself, so it is exact; rows that fall to 0 stay (a clinic has few keys).
 */
export const patientCounts = pgTable(
  'patient_counts',
  {
    clinicId: uuid('clinic_id').notNull(),
    therapistId: uuid('therapist_id').notNull(),
    status: text('status', { enum: patientStatuses }).notNull(),
    diagnosis: text('diagnosis', { enum: diagnoses }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clinicId, t.therapistId, t.status, t.diagnosis] })],
);

/** A CHECK that a text column holds one of the contract's values. */
function oneOf(column: AnyPgColumn, values: readonly string[]) {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}
