import { sql, type SQL } from 'drizzle-orm';
import {
  resolveRange,
  type CaseloadFilters,
  type CaseloadSummary,
} from '@domain/contracts/caseload';
import { todayIso, type Diagnosis, type PatientStatus } from '@domain/contracts/patients';
import { monthStartOf, weeklyFlow, type DayCount } from '@domain/caseload/weekly-flow';
import { addDays, mondayOf } from '@domain/training-load/calendar-weeks';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { patientDayEvents } from '../db/schema';
import { rowsOf } from './sql-rows';
import type { PatientScope } from '../patients/repository';
import { flaggedByTherapist, refreshFlaggedWeeks } from './flagged-weeks';

/** Days without a saved version after which a patient's strength program counts as not updated. */
export const programStaleDays = 30;

/**
 * The caseload dashboard's figures, one call per view. Every figure is a sum over tallies that triggers keep in the
 * writing transaction, so its cost does not grow with the clinic: `patient_counts` (migration 0002), and
 * `patient_day_counts`, `flagged_week_counts` and `program_last_saves` (0010); the flagged weeks behind
 * `flagged_week_counts` are brought up to date first. The scope and the filters are applied in the SQL itself.
 * Patients count under the therapist they are assigned to now, the same as the Patients page the charts open: a
 * patient reassigned mid-range is counted once, under the new therapist, and leaves the first therapist's
 * "My caseload" with the record (they may no longer see it).
 */
export class CaseloadRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /**
   * `scope.therapistId` is the one therapist the figures are about, if any (a therapist's own, or a manager's
   * filter). `listClinicTherapists` names every therapist of the clinic in the answer even then, so a manager's
   * therapist filter can offer the others.
   */
  async summary(
    scope: PatientScope,
    filters: Omit<CaseloadFilters, 'therapistId'>,
    listClinicTherapists = false,
  ): Promise<CaseloadSummary> {
    const today = todayIso(this.now());
    const { from, to } = resolveRange(filters, today);
    const week = mondayOf(to);
    const monthStart = monthStartOf(to);
    const statuses = filters.status?.length ? filters.status : null;
    const diagnoses = filters.diagnosis?.length ? filters.diagnosis : null;
    const patientFilter = filterOf(scope, diagnoses, statuses);

    await refreshFlaggedWeeks(this.db, scope.clinicId);
    const counts = await this.counts(scope.clinicId, patientFilter);
    const intakeDays = await this.days(
      'intake',
      scope.clinicId,
      patientFilter,
      min(from, week),
      to,
    );
    const dischargeDays =
      statuses && !statuses.includes('discharged')
        ? []
        : await this.days(
            'discharge',
            scope.clinicId,
            filterOf(scope, diagnoses, null),
            min(from, monthStart),
            to,
          );
    const flagged = await flaggedByTherapist(this.db, scope.clinicId, week, patientFilter);
    const programsNotUpdated = await this.programsNotUpdated(scope.clinicId, patientFilter, today);
    const therapists = await this.therapists(
      listClinicTherapists ? { clinicId: scope.clinicId } : scope,
      await this.counts(scope.clinicId, sql`true`),
    );

    const active = counts.filter((c) => c.status === 'active');
    const activePatients = sum(active.map((c) => c.patients));
    const holding = new Set(active.map((c) => c.therapistId));
    const carrying = therapists.filter(
      (t) => (!scope.therapistId || t.id === scope.therapistId) && (t.active || holding.has(t.id)),
    ).length;
    const inRange = (days: DayCount[], lo: string) =>
      sum(days.filter((d) => d.date >= lo && d.date <= to).map((d) => d.patients));

    return {
      range: { from, to },
      week,
      monthStart,
      therapistId: scope.therapistId ?? null,
      therapists,
      kpis: {
        activePatients,
        newThisWeek: inRange(intakeDays, week),
        dischargedThisMonth: inRange(dischargeDays, monthStart),
        averageActivePerTherapist: carrying
          ? Math.round((activePatients / carrying) * 10) / 10
          : null,
        flaggedThisWeek: sum([...flagged.values()]),
        programsNotUpdated,
      },
      activeByTherapist: merge(active, (c) => `${c.therapistId}|${c.diagnosis}`).map((c) => ({
        therapistId: c.therapistId,
        diagnosis: c.diagnosis,
        patients: c.patients,
      })),
      weekly: weeklyFlow(from, to, intakeDays, dischargeDays),
      diagnosisMix: merge(active, (c) => c.diagnosis).map((c) => ({
        diagnosis: c.diagnosis,
        patients: c.patients,
      })),
      flaggedByTherapist: [...flagged].map(([therapistId, patients]) => ({
        therapistId,
        patients,
      })),
    };
  }

  /** Patients per therapist, diagnosis and status: a sum over `patient_counts`, a few rows per therapist. */
  private async counts(clinicId: string, patientFilter: SQL): Promise<Count[]> {
    return rowsOf<Count>(
      this.db,
      sql`
      select therapist_id as "therapistId", diagnosis, status, sum(n)::int as patients
      from patient_counts
      where clinic_id = ${clinicId} and ${patientFilter}
      group by 1, 2, 3
      having sum(n) > 0
      order by 1, 2, 3`,
    );
  }

  /**
   * Patients per day of intake (start date) or discharge from `lo` to `hi`: a sum over `patient_day_counts`, at
   * most one row per day, therapist, diagnosis and status.
   */
  private async days(
    event: PatientDayEvent,
    clinicId: string,
    patientFilter: SQL,
    lo: string,
    hi: string,
  ): Promise<DayCount[]> {
    return rowsOf<DayCount>(
      this.db,
      sql`
      select day::text as date, sum(n)::int as patients
      from patient_day_counts
      where clinic_id = ${clinicId} and event = ${event} and day between ${lo}::date and ${hi}::date
        and ${patientFilter}
      group by day
      having sum(n) > 0`,
    );
  }

  /**
   * Active patients whose strength program was last saved more than `programStaleDays` before `today`: a sum over
   * `program_last_saves`. As of today, like the active patients it counts (a past range shows today's worklist).
   * Patients without a program are not counted.
   */
  private async programsNotUpdated(
    clinicId: string,
    patientFilter: SQL,
    today: string,
  ): Promise<number> {
    const cutoff = addDays(today, -(programStaleDays - 1));
    const rows = await rowsOf<{ n: number }>(
      this.db,
      sql`
      select coalesce(sum(n), 0)::int as n from program_last_saves
      where clinic_id = ${clinicId} and status = 'active' and saved_on < ${cutoff}::date and ${patientFilter}`,
    );
    return rows[0]?.n ?? 0;
  }

  /** The clinic's therapists in scope: the active ones, and any former one still holding a matching patient. */
  private async therapists(
    scope: PatientScope,
    counts: Count[],
  ): Promise<CaseloadSummary['therapists']> {
    const rows = await rowsOf<CaseloadSummary['therapists'][number]>(
      this.db,
      sql`
      select id, display_name as "displayName", active from users
      where clinic_id = ${scope.clinicId} and role = 'therapist'
        ${scope.therapistId ? sql`and id = ${scope.therapistId}` : sql``}
      order by display_name, id`,
    );
    const holding = new Set(counts.map((c) => c.therapistId));
    return rows.filter((t) => t.active || holding.has(t.id));
  }
}

type PatientDayEvent = (typeof patientDayEvents)[number];

interface Count extends Record<string, unknown> {
  therapistId: string;
  diagnosis: Diagnosis;
  status: PatientStatus;
  patients: number;
}

/**
 * The scope and the filters as a condition on the unqualified columns `therapist_id`, `diagnosis` and `status`,
 * which `patients` and each of the caseload's count tables have.
 */
function filterOf(
  scope: PatientScope,
  diagnoses: Diagnosis[] | null,
  statuses: PatientStatus[] | null,
): SQL {
  const conditions = [sql`true`];
  if (scope.therapistId) conditions.push(sql`therapist_id = ${scope.therapistId}`);
  if (diagnoses) conditions.push(sql`diagnosis in ${inList(diagnoses)}`);
  if (statuses) conditions.push(sql`status in ${inList(statuses)}`);
  return sql.join(conditions, sql` and `);
}

const inList = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

const min = (a: string, b: string) => (a < b ? a : b);
const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

function merge<T extends { patients: number }>(rows: T[], key: (row: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = merged.get(k);
    merged.set(k, seen ? { ...seen, patients: seen.patients + row.patients } : { ...row });
  }
  return [...merged.values()];
}
