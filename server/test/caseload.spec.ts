import { and, eq } from 'drizzle-orm';
import type { CaseloadSummary } from '@domain/contracts/caseload';
import type { Patient } from '@domain/contracts/patients';
import { addDays, addWeeks, type IsoDate } from '@domain/training-load/calendar-weeks';
import { loadFlags } from '@domain/training-load/load-checks';
import { weeklyTotals } from '@domain/training-load/run-log';
import { auditEvents, flaggedWeeksStale } from '../db/schema';
import type { NewPatient } from '../patients/repository';
import type { User } from '../users/repository';
import {
  createClinicWithStaff,
  createPatient,
  createStaffMember,
  type TestClinic,
} from './support/fixtures';
import { call, signIn } from './support/http';
import { pfpProgram } from './support/program-fixtures';
import { storedRun } from './support/running-fixtures';
import { useTestApp } from './support/test-app';

/*
 * One clinic counted by hand. The range is Monday 2026-10-05 to Wednesday 2026-11-25: its weeks are the eight
 * Mondays from 10-05 to 11-23, "this week" is 11-23, "this month" is November up to the 25th.
 */
const from = '2026-10-05';
const to = '2026-11-25';
const range = `from=${from}&to=${to}`;

describe('GET /api/caseload/summary', () => {
  const t = useTestApp();
  let staff: TestClinic;
  let other: User;
  let patients: Record<string, Patient>;

  const summary = async (cookie: string, query = range): Promise<CaseloadSummary> => {
    const response = await call(t.app, 'GET', `/api/caseload/summary?${query}`, { cookie });
    expect(response.statusCode).withContext(response.body).toBe(200);
    return response.json<CaseloadSummary>();
  };

  // Today is the range's last day: "programs not updated" counts as of today.
  beforeEach(() => t.clock.setTo(new Date(`${to}T15:00:00Z`)));

  beforeAll(async () => {
    staff = await createClinicWithStaff(t.repositories);
    other = await createStaffMember(t.repositories, staff.clinic.id, 'therapist');
    const a = staff.therapist;
    const add = (name: string, of: User, changes: Partial<NewPatient>) =>
      createPatient(t.repositories, of, { firstName: name, lastName: 'Case', ...changes });
    const discharged = (on: IsoDate): Partial<NewPatient> => ({
      status: 'discharged',
      dischargedOn: on,
      dischargeReason: 'Goals met.',
    });
    patients = {
      // Started on the range's first day.
      a1: await add('A1', a, { startDate: from }),
      // New this week.
      a2: await add('A2', a, { startDate: '2026-11-24', diagnosis: 'itbs' }),
      // Discharged on the range's last day: counted, this week and this month.
      a3: await add('A3', a, { startDate: '2026-09-01', ...discharged(to) }),
      // Discharged the day after the range: not counted.
      a4: await add('A4', a, {
        startDate: '2026-08-01',
        diagnosis: 'itbs',
        ...discharged('2026-11-26'),
      }),
      // Started the day before the range: no intake in it; on hold, so not active either.
      a5: await add('A5', a, {
        startDate: '2026-10-04',
        diagnosis: 'meniscus_nonop',
        status: 'on_hold',
      }),
      // Discharged in October: in the range, not this month.
      a6: await add('A6', a, { startDate: '2026-09-15', ...discharged('2026-10-31') }),
      // Started with A mid-range, reassigned to B below: counted once, under B.
      b1: await add('B1', a, { startDate: '2026-11-02' }),
      b2: await add('B2', other, { startDate: '2026-06-01', diagnosis: 'patellar_tendinopathy' }),
    };
    const moved = await t.repositories.patients.reassign(
      staff.clinic.id,
      patients['b1'].id,
      1,
      other.id,
    );
    expect(moved.saved?.therapist.id).toBe(other.id);

    // Another clinic's patient, new this week: never counted here.
    const elsewhere = await createClinicWithStaff(t.repositories);
    await createPatient(t.repositories, elsewhere.therapist, { startDate: '2026-11-24' });

    const runs = (id: string, list: [IsoDate, number, number, number | null][]) =>
      t.repositories.runs.createMany(
        list.map(([date, km, painDuring, painNextMorning]) => ({
          ...storedRun({ date, distanceMetres: km * 1000, painDuring, painNextMorning }),
          clinicId: staff.clinic.id,
          patientId: patients[id].id,
        })),
      );
    // A1: 10, 10, then 14 km this week: a 40 % weekly increase.
    await runs('a1', [
      ['2026-11-10', 10, 0, 0],
      ['2026-11-17', 10, 0, 0],
      ['2026-11-24', 14, 1, 0],
    ]);
    // A2: a first run this week, no pain: nothing to flag.
    await runs('a2', [['2026-11-24', 5, 0, null]]);
    // B1: steady distance, little pain: not flagged.
    await runs('b1', [
      ['2026-11-17', 10, 1, 0],
      ['2026-11-24', 10, 1, 1],
    ]);
    // B2: same distance, next-morning pain 6: a pain flag.
    await runs('b2', [
      ['2026-11-17', 8, 2, 1],
      ['2026-11-23', 8, 4, 6],
    ]);

    const program = (id: string, at: string, by: User) =>
      t.repositories.programs.save(
        { clinicId: staff.clinic.id },
        patients[id].id,
        0,
        () => ({ program: pfpProgram(), changeSummary: 'Program made.' }),
        { userId: by.id, at: new Date(at) },
      );
    await program('a1', '2026-10-20T12:00:00Z', a); // 36 days before today: not updated in 30 days
    await program('b2', '2026-10-27T12:00:00Z', other); // 29 days before: updated within 30 days
    await program('b1', '2026-11-20T12:00:00Z', other);
  }, 60_000);

  it('counts the clinic by hand for a manager, boundaries included', async () => {
    const result = await summary(await signIn(t.app, staff.manager.email));
    expect(result.range).toEqual({ from, to });
    expect(result.week).toBe('2026-11-23');
    expect(result.monthStart).toBe('2026-11-01');
    expect(result.therapistId).toBeNull();
    expect(result.kpis).toEqual({
      activePatients: 4,
      newThisWeek: 1,
      dischargedThisMonth: 1,
      averageActivePerTherapist: 2,
      flaggedThisWeek: 2,
      programsNotUpdated: 1,
    });
    expect(result.weekly).toEqual([
      { weekStart: '2026-10-05', intakes: 1, discharges: 0 },
      { weekStart: '2026-10-12', intakes: 0, discharges: 0 },
      { weekStart: '2026-10-19', intakes: 0, discharges: 0 },
      { weekStart: '2026-10-26', intakes: 0, discharges: 1 },
      { weekStart: '2026-11-02', intakes: 1, discharges: 0 },
      { weekStart: '2026-11-09', intakes: 0, discharges: 0 },
      { weekStart: '2026-11-16', intakes: 0, discharges: 0 },
      { weekStart: '2026-11-23', intakes: 1, discharges: 1 },
    ]);
    const a = staff.therapist.id;
    expect(result.activeByTherapist).toEqual(
      jasmine.arrayWithExactContents([
        { therapistId: a, diagnosis: 'patellofemoral_pain', patients: 1 },
        { therapistId: a, diagnosis: 'itbs', patients: 1 },
        { therapistId: other.id, diagnosis: 'patellofemoral_pain', patients: 1 },
        { therapistId: other.id, diagnosis: 'patellar_tendinopathy', patients: 1 },
      ]),
    );
    expect(result.diagnosisMix).toEqual(
      jasmine.arrayWithExactContents([
        { diagnosis: 'patellofemoral_pain', patients: 2 },
        { diagnosis: 'itbs', patients: 1 },
        { diagnosis: 'patellar_tendinopathy', patients: 1 },
      ]),
    );
    expect(result.flaggedByTherapist).toEqual(
      jasmine.arrayWithExactContents([
        { therapistId: a, patients: 1 },
        { therapistId: other.id, patients: 1 },
      ]),
    );
    expect(result.therapists.map((th) => th.id)).toEqual(
      jasmine.arrayWithExactContents([a, other.id]),
    );
  });

  it('counts the patient reassigned mid-range once, under the therapist who has them now', async () => {
    const cookie = await signIn(t.app, staff.manager.email);
    const b = await summary(cookie, `${range}&therapistId=${other.id}`);
    expect(b.therapistId).toBe(other.id);
    // The others stay named, so the therapist filter can offer them.
    expect(b.therapists.map((th) => th.id)).toContain(staff.therapist.id);
    expect(b.kpis.activePatients).toBe(2);
    expect(b.weekly.find((w) => w.weekStart === '2026-11-02')?.intakes).toBe(1);
    const a = await summary(cookie, `${range}&therapistId=${staff.therapist.id}`);
    expect(a.kpis.activePatients).toBe(2);
    expect(a.weekly.find((w) => w.weekStart === '2026-11-02')?.intakes).toBe(0);
    expect(a.kpis.averageActivePerTherapist).toBe(2);
  });

  it('counts programs not updated as of today, whatever range is shown', async () => {
    const cookie = await signIn(t.app, staff.manager.email);
    // On 10-25, A1's program (saved 10-20) was recent, but today it is 36 days old.
    const october = await summary(cookie, 'from=2026-10-05&to=2026-10-25');
    expect(october.kpis.programsNotUpdated).toBe(1);
    // 30 days after B2's save (10-27) it is not updated either.
    t.clock.setTo(new Date('2026-11-26T15:00:00Z'));
    const later = await signIn(t.app, staff.manager.email);
    expect((await summary(later)).kpis.programsNotUpdated).toBe(2);
    expect((await summary(later, `${range}&therapistId=${other.id}`)).kpis.programsNotUpdated).toBe(
      1,
    );
  });

  it('applies the diagnosis and status filters to every figure', async () => {
    const cookie = await signIn(t.app, staff.manager.email);
    const itbs = await summary(cookie, `${range}&diagnosis=itbs`);
    expect(itbs.kpis).toEqual(
      jasmine.objectContaining({
        activePatients: 1,
        newThisWeek: 1,
        dischargedThisMonth: 0,
        flaggedThisWeek: 0,
      }),
    );
    const gone = await summary(cookie, `${range}&status=discharged`);
    expect(gone.kpis.activePatients).toBe(0);
    expect(gone.kpis.newThisWeek).toBe(0);
    expect(gone.kpis.dischargedThisMonth).toBe(1);
    expect(gone.weekly.reduce((n, w) => n + w.discharges, 0)).toBe(2);
    expect(gone.weekly.reduce((n, w) => n + w.intakes, 0)).toBe(0);
    const open = await summary(cookie, `${range}&status=active,on_hold`);
    expect(open.weekly.reduce((n, w) => n + w.discharges, 0)).toBe(0);
    expect(open.kpis.flaggedThisWeek).toBe(2);
  });

  it('gives a therapist their own figures, even when they ask for another therapist’s', async () => {
    const cookie = await signIn(t.app, staff.therapist.email);
    const own = await summary(cookie);
    const asked = await summary(cookie, `${range}&therapistId=${other.id}`);
    expect(asked).toEqual(own);
    expect(own.therapistId).toBe(staff.therapist.id);
    expect(own.therapists.map((th) => th.id)).toEqual([staff.therapist.id]);
    expect(own.kpis.activePatients).toBe(2);
    expect(own.activeByTherapist.every((c) => c.therapistId === staff.therapist.id)).toBeTrue();

    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, staff.therapist.id),
          eq(auditEvents.action, 'caseload.viewed'),
        ),
      )
      .orderBy(auditEvents.id)
      .offset(1);
    expect(event.detail).toEqual(
      jasmine.objectContaining({ therapistId: staff.therapist.id, askedFor: other.id }),
    );
  });

  it('refuses anyone signed out', async () => {
    const response = await call(t.app, 'GET', `/api/caseload/summary?${range}`);
    expect(response.statusCode).toBe(401);
  });

  it('answers bad filters with 400 and a message per field', async () => {
    const cookie = await signIn(t.app, staff.manager.email);
    const fields = async (query: string) => {
      const response = await call(t.app, 'GET', `/api/caseload/summary?${query}`, { cookie });
      expect(response.statusCode).withContext(query).toBe(400);
      return Object.keys(response.json<{ fields: Record<string, string[]> }>().fields);
    };
    expect(await fields('from=2026-11-30&to=2026-11-01')).toEqual(['to']);
    expect(await fields('from=2026-02-30&to=2026-03-02')).toEqual(['from']);
    expect(await fields('from=2020-01-01&to=2026-11-01')).toEqual(['from']);
    expect(await fields('diagnosis=gout')).toEqual(['diagnosis.0']);
    expect(await fields('status=busy')).toEqual(['status.0']);
    expect(await fields('therapistId=42')).toEqual(['therapistId']);
  });
});

describe('GET /api/caseload/summary flags', () => {
  const t = useTestApp();

  // The dashboard counts the flagged weeks it keeps per patient; this compares its count with the Running tab's
  // own checks over each patient's whole log, on logs made to hit every rule.
  it('counts the patients the Running tab flags this week, on 60 generated logs', async () => {
    const staff = await createClinicWithStaff(t.repositories);
    const week = '2026-11-23';
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    let expected = 0;
    for (let i = 0; i < 60; i++) {
      const patient = await createPatient(t.repositories, staff.therapist, {
        firstName: `P${i}`,
        startDate: '2026-01-05',
      });
      const runs = [];
      const start = addWeeks(week, -Math.floor(random() * 12) - 1);
      for (let w = 0; addWeeks(start, w) <= week; w++) {
        if (random() < 0.3) continue;
        const pain = Math.floor(random() * 7);
        runs.push(
          storedRun({
            date: addDays(addWeeks(start, w), Math.floor(random() * 7)),
            distanceMetres: (3 + Math.floor(random() * 12)) * 1000,
            painDuring: pain,
            painNextMorning: random() < 0.5 ? Math.max(0, pain - 1) : null,
          }),
        );
      }
      await t.repositories.runs.createMany(
        runs.map((r) => ({ ...r, clinicId: staff.clinic.id, patientId: patient.id })),
      );
      const flags = loadFlags(
        weeklyTotals(
          runs.map((r) => ({ ...r })),
          week,
        ),
        { unit: 'mi' },
      ).filter((f) => f.week === week && f.severity !== 'info');
      if (flags.length) expected++;
    }
    const cookie = await signIn(t.app, staff.manager.email);
    const response = await call(
      t.app,
      'GET',
      `/api/caseload/summary?from=2026-09-01&to=${addDays(week, 2)}`,
      {
        cookie,
      },
    );
    expect(response.json<CaseloadSummary>().kpis.flaggedThisWeek).toBe(expected);
    // Both answers occur, or the comparison proves little.
    expect(expected).toBeGreaterThan(10);
    expect(expected).toBeLessThan(55);
  }, 60_000);

  it('counts a run edited, a run deleted and a plan saved at the next view, whichever way they were written', async () => {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist, {
      startDate: '2026-09-07',
    });
    const cookie = await signIn(t.app, staff.therapist.email);
    const flagged = async () => {
      const response = await call(t.app, 'GET', '/api/caseload/summary?to=2026-11-25', { cookie });
      expect(response.statusCode).withContext(response.body).toBe(200);
      return response.json<CaseloadSummary>().kpis.flaggedThisWeek;
    };
    const runs = `/api/patients/${patient.id}/runs`;
    const log = async (date: IsoDate, distance: number) => {
      const body = { date, distance, distanceUnit: 'km', painDuring: 0 };
      const response = await call(t.app, 'POST', runs, { cookie, body });
      expect(response.statusCode).withContext(response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const lastWeek = await log('2026-11-17', 20);
    const thisWeek = await log('2026-11-24', 22);
    expect(await flagged()).toBe(0); // +10 %: at the limit, not above it

    // 20 → 23 km is +15 %.
    const edit = {
      date: '2026-11-24',
      distance: 23,
      distanceUnit: 'km',
      painDuring: 0,
      version: 1,
    };
    const edited = await call(t.app, 'PUT', `${runs}/${thisWeek}`, { cookie, body: edit });
    expect(edited.statusCode).withContext(edited.body).toBe(200);
    expect(await flagged()).toBe(1);

    // A plan that builds by up to 20 % a week allows it.
    const plan = await call(t.app, 'POST', `/api/patients/${patient.id}/running-plan`, {
      cookie,
      body: {
        kind: 'mileage',
        baselineDistance: 20,
        targetDistance: 30,
        distanceUnit: 'km',
        startWeek: '2026-11-16',
        maxWeeklyIncreasePercent: 20,
      },
    });
    expect(plan.statusCode).withContext(plan.body).toBe(201);
    expect(await flagged()).toBe(0);

    // Without last week's run this week is the first of the log: nothing to compare with.
    await call(t.app, 'DELETE', `${runs}/${thisWeek}`, { cookie });
    await log('2026-11-24', 40);
    expect(await flagged()).toBe(1); // +100 %
    const deleted = await call(t.app, 'DELETE', `${runs}/${lastWeek}`, { cookie });
    expect(deleted.statusCode).withContext(deleted.body).toBe(204);
    expect(await flagged()).toBe(0);

    // A write outside the API (an import, a script) is counted too: the triggers queue the patient.
    await t.repositories.runs.createMany([
      {
        ...storedRun({ date: '2026-11-10', distanceMetres: 10_000 }),
        clinicId: staff.clinic.id,
        patientId: patient.id,
      },
    ]);
    expect(await flagged()).toBe(1); // 10 km, two weeks off, then 40 km
    const queued = await t.database.db.select().from(flaggedWeeksStale);
    expect(queued).toEqual([]);
  });
});
