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
import { rowsOf } from './sql-rows';
import type { PatientScope } from '../patients/repository';
import { flaggedByTherapist, refreshFlaggedWeeks } from './flagged-weeks';

/** Days without a saved version after which a patient's strength program counts as not updated. */
export const programStaleDays = 30;

/**
 * The caseload dashboard's figures, one call per view. Every figure is an aggregate computed by PostgreSQL over
 * an index (migration 0005_caseload, `patient_counts` kept by triggers since 0002, and the flagged weeks of
 * `patient_flagged_weeks` since 0010, brought up to date first), limited to the scope and the filters in the SQL
 * itself. Patients count under the therapist they are assigned to now, the same as the
 * Patients page the charts open: a patient reassigned mid-range is counted once, under the new therapist, and
 * leaves the first therapist's "My caseload" with the record (they may no longer see it).
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
    const { from, to } = resolveRange(filters, todayIso(this.now()));
    const week = mondayOf(to);
    const monthStart = monthStartOf(to);
    const statuses = filters.status?.length ? filters.status : null;
    const diagnoses = filters.diagnosis?.length ? filters.diagnosis : null;
    const patientFilter = filterOf(scope, diagnoses, statuses);

    await refreshFlaggedWeeks(this.db, scope.clinicId);
    const counts = await this.counts(scope, diagnoses, statuses);
    const intakeDays = await this.days(
      'start_date',
      scope.clinicId,
      patientFilter,
      from < week ? from : week,
      to,
    );
    const dischargeDays =
      statuses && !statuses.includes('discharged')
        ? []
        : await this.days(
            'discharged_on',
            scope.clinicId,
            filterOf(scope, diagnoses, null),
            from < monthStart ? from : monthStart,
            to,
          );
    const flagged = await flaggedByTherapist(this.db, scope.clinicId, week, patientFilter);
    const programsNotUpdated = await this.programsNotUpdated(scope.clinicId, patientFilter, to);
    const therapists = await this.therapists(
      listClinicTherapists ? { clinicId: scope.clinicId } : scope,
      await this.counts({ clinicId: scope.clinicId }, null, null),
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
  private async counts(
    scope: PatientScope,
    diagnoses: Diagnosis[] | null,
    statuses: PatientStatus[] | null,
  ): Promise<Count[]> {
    const rows = await rowsOf<Count>(
      this.db,
      sql`
      select therapist_id as "therapistId", diagnosis, status, sum(n)::int as patients
      from patient_counts c
      where c.clinic_id = ${scope.clinicId}
        ${scope.therapistId ? sql`and c.therapist_id = ${scope.therapistId}` : sql``}
        ${diagnoses ? sql`and c.diagnosis in ${inList(diagnoses)}` : sql``}
        ${statuses ? sql`and c.status in ${inList(statuses)}` : sql``}
      group by 1, 2, 3
      having sum(n) > 0
      order by 1, 2, 3`,
    );
    return rows;
  }

  /** Patients per day of `column` (start or discharge) from `lo` to `hi`, read from the caseload indexes. */
  private async days(
    column: 'start_date' | 'discharged_on',
    clinicId: string,
    patientFilter: SQL,
    lo: string,
    hi: string,
  ): Promise<DayCount[]> {
    const day = sql.identifier(column);
    const rows = await rowsOf<{ date: string; patients: number }>(
      this.db,
      sql`
      select p.${day}::text as date, count(*)::int as patients
      from patients p
      where p.clinic_id = ${clinicId} and p.${day} between ${lo}::date and ${hi}::date and ${patientFilter}
      group by p.${day}`,
    );
    return rows;
  }

  /**
   * Active patients whose strength program was last saved more than `programStaleDays` before `to` (only saves
   * up to `to` count, so a past range reads as it stood then). Patients without a program are not counted.
   */
  private async programsNotUpdated(
    clinicId: string,
    patientFilter: SQL,
    to: string,
  ): Promise<number> {
    const cutoff = addDays(to, -(programStaleDays - 1));
    const rows = await rowsOf<{ n: number }>(
      this.db,
      sql`
      select count(*)::int as n from (
        select v.patient_id from program_versions v
        where v.clinic_id = ${clinicId} and v.saved_at < ${addDays(to, 1)}::date
        group by v.patient_id
        having max(v.saved_at) < ${cutoff}::date
      ) s
      join patients p on p.id = s.patient_id
      where p.clinic_id = ${clinicId} and p.status = 'active' and ${patientFilter}`,
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

interface Count extends Record<string, unknown> {
  therapistId: string;
  diagnosis: Diagnosis;
  status: PatientStatus;
  patients: number;
}

/** The scope and the filters as a condition on patients `p`. */
function filterOf(
  scope: PatientScope,
  diagnoses: Diagnosis[] | null,
  statuses: PatientStatus[] | null,
): SQL {
  const conditions = [sql`true`];
  if (scope.therapistId) conditions.push(sql`p.therapist_id = ${scope.therapistId}`);
  if (diagnoses) conditions.push(sql`p.diagnosis in ${inList(diagnoses)}`);
  if (statuses) conditions.push(sql`p.status in ${inList(statuses)}`);
  return sql.join(conditions, sql` and `);
}

const inList = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

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
