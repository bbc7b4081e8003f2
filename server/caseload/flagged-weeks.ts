import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { flaggedWeeks } from '@domain/caseload/flagged-weeks';
import type { IsoDate } from '@domain/training-load/calendar-weeks';
import type { Database } from '../db/database';
import { flaggedWeeksStale, patientFlaggedWeeks, patients, runningPlans, runs } from '../db/schema';
import { rowsOf } from './sql-rows';

/** Patients computed per transaction: their run logs are read in one statement. */
const patientsPerBatch = 500;

/**
 * Computes the flagged weeks again (domain `flaggedWeeks`, the Running tab's checks) of every patient queued in
 * `flagged_weeks_stale`, of one clinic or of all, and rewrites their rows of `patient_flagged_weeks`. The queue is
 * filled by triggers in the transaction of each change to runs, running plans or a distance unit, so after this
 * call the rows match the database as it stood when the call began. A concurrent caller waits for the patients
 * another is computing (their queue rows are locked) rather than reading their weeks half-done. Returns how many
 * patients this call computed.
 */
export async function refreshFlaggedWeeks(db: Database, clinicId?: string): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const queued = tx
        .select({ patientId: flaggedWeeksStale.patientId })
        .from(flaggedWeeksStale)
        .where(clinicId ? eq(flaggedWeeksStale.clinicId, clinicId) : undefined)
        .limit(patientsPerBatch);
      const taken = await tx
        .delete(flaggedWeeksStale)
        .where(inArray(flaggedWeeksStale.patientId, queued))
        .returning({
          patientId: flaggedWeeksStale.patientId,
          clinicId: flaggedWeeksStale.clinicId,
        });
      if (!taken.length) {
        // What is left is being computed by another caller: wait until it is done (its rows are locked), then
        // look again, so no caller returns before the queue is empty.
        const [busy] = await tx
          .select({ patientId: flaggedWeeksStale.patientId })
          .from(flaggedWeeksStale)
          .where(clinicId ? eq(flaggedWeeksStale.clinicId, clinicId) : undefined)
          .limit(1)
          .for('update');
        return busy ? 'again' : 0;
      }
      const ids = taken.map((t) => t.patientId);

      const logged = await tx
        .select({
          patientId: runs.patientId,
          date: runs.date,
          distanceMetres: runs.distanceM,
          painDuring: runs.painDuring,
          painNextMorning: runs.painNextMorning,
        })
        .from(runs)
        .where(inArray(runs.patientId, ids))
        .orderBy(asc(runs.patientId), asc(runs.date));
      const plans = await tx
        .select({
          patientId: runningPlans.patientId,
          settings: runningPlans.settings,
          weeks: runningPlans.weeks,
        })
        .from(runningPlans)
        .where(and(inArray(runningPlans.patientId, ids), eq(runningPlans.kind, 'mileage')));
      const found = await tx
        .select({
          id: patients.id,
          unit: patients.distanceUnit,
          therapistId: patients.therapistId,
          diagnosis: patients.diagnosis,
          status: patients.status,
        })
        .from(patients)
        .where(inArray(patients.id, ids));

      const runsOf = groupBy(logged, (r) => r.patientId);
      const planOf = new Map(plans.map((p) => [p.patientId, p]));
      const patientOf = new Map(found.map((p) => [p.id, p]));
      const rows = taken.flatMap(({ patientId, clinicId: clinic }) => {
        const patient = patientOf.get(patientId);
        const plan = planOf.get(patientId);
        if (!patient) return []; // the patient's record is gone: nothing to flag
        const { unit, therapistId, diagnosis, status } = patient;
        const weeks = flaggedWeeks({
          runs: runsOf.get(patientId) ?? [],
          unit,
          plan:
            plan?.settings && plan.weeks ? { settings: plan.settings, weeks: plan.weeks } : null,
        });
        return weeks.map((weekStart) => ({
          clinicId: clinic,
          patientId,
          weekStart,
          therapistId,
          diagnosis,
          status,
        }));
      });

      await tx.delete(patientFlaggedWeeks).where(inArray(patientFlaggedWeeks.patientId, ids));
      // One parameter for all the rows: a statement of thousands of row parameters takes longer to build and
      // parse than to run.
      if (rows.length) {
        await tx.execute(sql`
          insert into patient_flagged_weeks (clinic_id, patient_id, week_start, therapist_id, diagnosis, status)
          select "clinicId", "patientId", "weekStart", "therapistId", diagnosis, status
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r("clinicId" uuid, "patientId" uuid,
            "weekStart" date, "therapistId" uuid, diagnosis text, status text)`);
      }
      return taken.length;
    });
    if (batch === 'again') continue;
    if (!batch) return refreshed;
    refreshed += batch;
  }
}

/**
 * Each therapist's patients flagged in `week`, among the patients `patientFilter` selects (a condition on
 * `therapist_id`, `diagnosis` and `status`): a sum over `flagged_week_counts`, a few rows per therapist. Call
 * `refreshFlaggedWeeks` first.
 */
export async function flaggedByTherapist(
  db: Database,
  clinicId: string,
  week: IsoDate,
  patientFilter: SQL,
): Promise<Map<string, number>> {
  const rows = await rowsOf<{ therapistId: string; patients: number }>(
    db,
    sql`
    select therapist_id as "therapistId", sum(n)::int as patients
    from flagged_week_counts
    where clinic_id = ${clinicId} and week_start = ${week}::date and ${patientFilter}
    group by therapist_id
    having sum(n) > 0`,
  );
  return new Map(rows.map((r) => [r.therapistId, r.patients]));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
