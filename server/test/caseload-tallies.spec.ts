import { and, eq, inArray, sql } from 'drizzle-orm';
import { flaggedWeeks } from '@domain/caseload/flagged-weeks';
import { refreshFlaggedWeeks } from '../caseload/flagged-weeks';
import { rowsOf } from '../caseload/sql-rows';
import { patientFlaggedWeeks, patients, runningPlans, runs } from '../db/schema';
import { seedSyntheticPatients } from '../seed/synthetic-patients';
import { seedSyntheticPrograms } from '../seed/synthetic-programs';
import { seedSyntheticRuns } from '../seed/synthetic-runs';
import { createClinicWithStaff, createStaffMember } from './support/fixtures';
import { pfpProgram } from './support/program-fixtures';
import { mileagePlanContent } from './support/running-fixtures';
import { useTestApp } from './support/test-app';

const now = () => new Date('2026-11-25T15:00:00Z');

/**
 * The caseload dashboard sums tallies kept by triggers (patient_day_counts, flagged_week_counts) and flagged weeks
 * computed ahead (patient_flagged_weeks). Each must equal what it stands for, counted from scratch, after the
 * multi-row writes an import or a script makes as well as the app's own.
 */
describe('caseload tallies', () => {
  const t = useTestApp();

  it('stay equal to a count of patients and of flagged weeks through bulk inserts, edits and deletes', async () => {
    const { clinic, therapist } = await createClinicWithStaff(t.repositories);
    const second = await createStaffMember(t.repositories, clinic.id, 'therapist');
    const db = t.database.db;
    await seedSyntheticPatients(db, {
      clinicId: clinic.id,
      therapistIds: [therapist.id, second.id],
      count: 300,
      now,
    });
    await seedSyntheticRuns(db, { clinicId: clinic.id, perPatient: 12 });
    await seedSyntheticPrograms(db, { clinicId: clinic.id, savedBy: therapist.id, share: 0.7 });
    expect(await refreshFlaggedWeeks(db)).toBe(300);
    await expectTalliesToMatch();

    // Patients: moved between every key the tallies hold, and some removed with their runs.
    await db
      .update(patients)
      .set({ diagnosis: 'itbs' })
      .where(eq(patients.diagnosis, 'patellofemoral_pain'));
    await db
      .update(patients)
      .set({ therapistId: second.id })
      .where(and(eq(patients.therapistId, therapist.id), eq(patients.status, 'on_hold')));
    await db
      .update(patients)
      .set({ status: 'discharged', dischargedOn: '2026-11-20', dischargeReason: 'Goals met.' })
      .where(and(eq(patients.status, 'active'), eq(patients.diagnosis, 'itbs')));
    await db
      .update(patients)
      .set({ startDate: sql`${patients.startDate} - 3` })
      .where(eq(patients.affectedSide, 'left'));
    await db.update(patients).set({ clinicalNotes: 'Reviewed.' });
    // Patients without a program can be removed (versions are kept for good), with their runs first.
    const removable = and(
      eq(patients.diagnosis, 'meniscus_postop'),
      sql`not exists (select from program_versions v where v.patient_id = ${patients.id})`,
    );
    const removed = db.select({ id: patients.id }).from(patients).where(removable);
    await db.delete(runs).where(inArray(runs.patientId, removed));
    expect((await db.delete(patients).where(removable).returning()).length).toBeGreaterThan(5);
    await expectTalliesToMatch();
    // Deleting their runs queued the removed patients; computing them writes nothing.
    await refreshFlaggedWeeks(db);
    await expectTalliesToMatch();

    // Programs saved through the app for 15 patients, with and without a program: they move to today.
    const saved = await rowsOf<{ id: string; version: number }>(
      db,
      sql`select p.id, coalesce(max(v.version), 0)::int as version from patients p
        left join program_versions v on v.patient_id = p.id group by p.id order by p.id limit 15`,
    );
    for (const { id, version } of saved) {
      await t.repositories.programs.save(
        { clinicId: clinic.id },
        id,
        version,
        () => ({ program: pfpProgram(), changeSummary: 'Doses progressed.' }),
        { userId: second.id, at: now() },
      );
    }
    await expectTalliesToMatch();

    // A plan for 20 patients: only they are computed again.
    const planned = await db
      .select({ id: patients.id })
      .from(patients)
      .where(eq(patients.diagnosis, 'itbs'))
      .limit(20);
    await db.insert(runningPlans).values(
      planned.map(({ id }) => ({
        clinicId: clinic.id,
        patientId: id,
        version: 1,
        ...mileagePlanContent({ startWeek: '2026-06-01', maxWeeklyIncreasePercent: 30 }),
      })),
    );
    expect(await refreshFlaggedWeeks(db, clinic.id)).toBe(20);
    await expectTalliesToMatch();

    // Runs edited and removed in bulk.
    await db
      .update(runs)
      .set({ distanceM: sql`${runs.distanceM} * 2` })
      .where(sql`${runs.painDuring} = 3`);
    await db.delete(runs).where(sql`${runs.painDuring} = 5`);
    expect(await refreshFlaggedWeeks(db, clinic.id)).toBeGreaterThan(100);
    await expectTalliesToMatch();
  }, 60_000);

  async function expectTalliesToMatch() {
    const db = t.database.db;
    const difference = (kept: string, counted: string) =>
      rowsOf(db, sql.raw(`(${kept} except ${counted}) union all (${counted} except ${kept})`));
    // Rows that fell to 0 stay in a tally; they stand for no patient.
    expect(
      await difference(
        `select clinic_id, event, day, therapist_id, diagnosis, status, n from patient_day_counts where n <> 0`,
        `select clinic_id, e.event, e.day, therapist_id, diagnosis, status, count(*)::int from patients p
           cross join lateral (values ('intake', p.start_date), ('discharge', p.discharged_on)) as e(event, day)
           where e.day is not null group by 1, 2, 3, 4, 5, 6`,
      ),
    ).toEqual([]);
    expect(
      await difference(
        `select clinic_id, status, saved_on, therapist_id, diagnosis, n from program_last_saves where n <> 0`,
        `select p.clinic_id, p.status, l.saved_on, p.therapist_id, p.diagnosis, count(*)::int
           from (select patient_id, max(saved_at at time zone 'UTC')::date as saved_on from program_versions group by 1) l
           join patients p on p.id = l.patient_id group by 1, 2, 3, 4, 5`,
      ),
    ).toEqual([]);
    expect(
      await difference(
        `select clinic_id, week_start, therapist_id, diagnosis, status, n from flagged_week_counts where n <> 0`,
        `select w.clinic_id, w.week_start, p.therapist_id, p.diagnosis, p.status, count(*)::int
           from patient_flagged_weeks w join patients p on p.id = w.patient_id group by 1, 2, 3, 4, 5`,
      ),
    ).toEqual([]);
    // Every patient's kept weeks are the domain's answer for their log and plan now.
    const logs = await db
      .select({
        patientId: patients.id,
        unit: patients.distanceUnit,
        date: runs.date,
        distanceMetres: runs.distanceM,
        painDuring: runs.painDuring,
        painNextMorning: runs.painNextMorning,
      })
      .from(runs)
      .innerJoin(patients, eq(patients.id, runs.patientId));
    const plans = new Map(
      (await db.select().from(runningPlans)).map((p) => [
        p.patientId,
        p.settings && p.weeks ? { settings: p.settings, weeks: p.weeks } : null,
      ]),
    );
    const expected = new Set<string>();
    for (const id of new Set(logs.map((l) => l.patientId))) {
      const own = logs.filter((l) => l.patientId === id);
      const weeks = flaggedWeeks({ runs: own, unit: own[0].unit, plan: plans.get(id) ?? null });
      for (const week of weeks) expected.add(`${id} ${week}`);
    }
    const kept = (await db.select().from(patientFlaggedWeeks)).map(
      (w) => `${w.patientId} ${w.weekStart}`,
    );
    expect(kept.length).toBe(expected.size);
    expect(new Set(kept)).toEqual(expected);
    // The logs must hold flagged and unflagged weeks, or the comparison proves little.
    expect(expected.size).toBeGreaterThan(100);
  }
});

describe('flagged weeks computed by two callers at once', () => {
  const t = useTestApp();

  it('lets no caller return before the queue is empty, when two compute at once', async () => {
    const { clinic, therapist } = await createClinicWithStaff(t.repositories);
    const db = t.database.db;
    await seedSyntheticPatients(db, {
      clinicId: clinic.id,
      therapistIds: [therapist.id],
      count: 1200,
      now,
    });
    await seedSyntheticRuns(db, { clinicId: clinic.id, perPatient: 3 });
    const left = async () =>
      (await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from flagged_weeks_stale`))[0]
        .n;
    // On PostgreSQL the second call meets the first one's locked rows; on PGlite the two run one after the other.
    const [a, b] = await Promise.all(
      [1, 2].map(async () => {
        const computed = await refreshFlaggedWeeks(db, clinic.id);
        expect(await left()).toBe(0);
        return computed;
      }),
    );
    expect(a + b).toBe(1200);
  }, 60_000);
});
