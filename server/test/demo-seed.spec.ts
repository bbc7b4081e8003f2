import {
  createPatientRequest,
  diagnoses,
  distanceUnits,
  type DistanceUnit,
  patientStatuses,
  sides,
  todayIso,
} from '@domain/contracts/patients';
import { createRunRequest } from '@domain/contracts/running';
import { ageOn } from '@domain/patients/age';
import { addWeeks, mondayOf, weeksBetween } from '@domain/training-load/calendar-weeks';
import { fromMetres } from '@domain/training-load/distance';
import { loadFlags } from '@domain/training-load/load-checks';
import type { PlannedWeek } from '@domain/training-load/plan-generator';
import { weeklyTotals, type LoggedRun } from '@domain/training-load/run-log';
import { nextWalkJogSession, type WalkJogSession } from '@domain/training-load/walk-jog-levels';
import { saveProgramRequest } from '@domain/contracts/programs';
import { catalogueExercise } from '@domain/exercises/catalogue';
import { precautionWarnings } from '@domain/programs/precautions';
import { programItems } from '@domain/programs/program';
import { applyTemplate, builtInTemplate } from '@domain/programs/templates';
import { patients, programVersions, runningPlans, runningPlanVersions, runs } from '../db/schema';
import { addDays } from '../seed/calendar';
import { demoPassword, demoStaff, seedDemoClinic } from '../seed/demo-clinic';
import { demoPatientRows } from '../seed/demo-patients';
import { demoPrograms, demoTemplateFor } from '../seed/demo-programs';
import { demoRunning, flaggedDemoRunners } from '../seed/demo-running';
import { call, signIn, signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

describe('demo clinic seed', () => {
  const t = useTestApp();

  // One spec: the seed only acts on an empty database, which the suite's database is only once. Seeding the whole
  // demo clinic takes seconds, more on a busy machine: the spec's own time limit, not a speed target.
  it('fills an empty database once with a manager and three therapists who can sign in, then does nothing', async () => {
    const seeded = await seedDemoClinic(t.repositories);
    expect(seeded?.clinicName).toBe('Demo Clinic');
    expect(seeded?.logins.map((l) => `${l.email} ${l.role}`)).toEqual([
      'manager@demo.test manager',
      'therapist1@demo.test therapist',
      'therapist2@demo.test therapist',
      'therapist3@demo.test therapist',
    ]);

    const [clinic] = await t.repositories.clinics.list();
    expect(clinic.address).toBeTruthy();
    expect(clinic.phone).toBeTruthy();
    for (const { email, role, displayName } of demoStaff) {
      const response = await signInRequest(t.app, email, demoPassword);
      expect(response.statusCode).withContext(email).toBe(200);
      expect(response.json()).toEqual(
        jasmine.objectContaining({
          role,
          displayName,
          clinic: { id: clinic.id, name: 'Demo Clinic' },
        }),
      );
    }

    expect(await seedDemoClinic(t.repositories)).toBeUndefined();
    expect((await t.repositories.clinics.list()).length).toBe(1);
    expect((await t.repositories.users.listForClinic(clinic.id)).length).toBe(4);
  }, 60_000);
});

describe('demo clinic seed, patients', () => {
  const t = useTestApp();
  const now = new Date('2026-11-25T15:00:00Z');

  it('has intakes and discharges over the last 12 weeks, for the caseload dashboard', async () => {
    await seedDemoClinic(t.repositories, () => now);
    const rows = await t.database.db.select().from(patients);
    const today = todayIso(now);
    const first = addWeeks(mondayOf(today), -11);
    const weeksOf = (dates: (string | null)[]) =>
      new Set(dates.filter((d): d is string => d !== null && d >= first).map(mondayOf));
    expect(weeksOf(rows.map((p) => p.startDate)).size).toBeGreaterThanOrEqual(9);
    expect(weeksOf(rows.map((p) => p.dischargedOn)).size).toBeGreaterThanOrEqual(6);
  });

  it('spreads 40 valid patients over the three therapists, covering every diagnosis and status', async () => {
    await seedDemoClinic(t.repositories, () => now);
    const [clinic] = await t.repositories.clinics.list();
    const therapists = (await t.repositories.users.listForClinic(clinic.id)).filter(
      (u) => u.role === 'therapist',
    );
    const rows = await t.database.db.select().from(patients);
    const today = todayIso(now);

    expect(rows.length).toBe(40);
    const perTherapist = therapists.map((u) => rows.filter((p) => p.therapistId === u.id).length);
    expect(perTherapist.every((n) => n >= 12))
      .withContext(String(perTherapist))
      .toBeTrue();
    expect(new Set(rows.map((p) => p.diagnosis))).toEqual(new Set(diagnoses));
    expect(new Set(rows.map((p) => p.status))).toEqual(new Set(patientStatuses));
    expect(new Set(rows.map((p) => p.affectedSide))).toEqual(new Set(sides));
    expect(new Set(rows.map((p) => p.distanceUnit))).toEqual(new Set(distanceUnits));
    expect(rows.filter((p) => p.preferredLanguage === 'es').length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((p) => p.status === 'on_hold').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((p) => p.goalRace).length).toBeGreaterThanOrEqual(3);

    const ages = rows.map((p) => ageOn(p.dateOfBirth, today));
    expect(Math.min(...ages)).toBe(16);
    expect(Math.max(...ages)).toBe(70);
    for (const p of rows) {
      const name = `${p.firstName} ${p.lastName}`;
      expect(p.startDate > addDays(today, -366) && p.startDate < today)
        .withContext(name)
        .toBeTrue();
      expect(p.updatedAt <= now && p.createdAt <= p.updatedAt)
        .withContext(name)
        .toBeTrue();
      if (p.diagnosis === 'other') expect(p.diagnosisOther).withContext(name).toBeTruthy();
      if (p.status === 'discharged') {
        expect(p.dischargedOn! >= p.startDate && p.dischargedOn! <= today)
          .withContext(name)
          .toBeTrue();
        expect(p.dischargeReason).withContext(name).toBeTruthy();
      }
      if (p.goalRaceDate)
        expect(p.goalRaceDate > today)
          .withContext(name)
          .toBeTrue();
      const asTyped = createPatientRequest.safeParse({
        ...p,
        weeklyDistance: fromMetres(p.weeklyDistanceM, p.distanceUnit),
      });
      expect(asTyped.error?.issues).withContext(name).toBeUndefined();
    }
  });

  it('is the same list whenever it is seeded on the same day', () => {
    const ids = ['t1', 't2', 't3'] as const;
    expect(demoPatientRows('c', ids, now)).toEqual(demoPatientRows('c', ids, new Date(now)));
  });
});

/** The rules the checks apply to a mileage runner's log, as the running page computes them. */
function checksOf(
  runs: readonly LoggedRun[],
  plan: readonly PlannedWeek[],
  unit: DistanceUnit,
  today: string,
) {
  const totals = weeklyTotals(runs, today);
  const flags = loadFlags(totals, { unit, maxWeeklyIncreasePercent: 10 }, plan);
  return { totals, flags, warnings: flags.filter((f) => f.severity !== 'info') };
}

/** The percentage in a two-week flag's message: "… is 41.2 % more than two weeks before …". */
const percentIn = (message: string) => Number(/is ([\d.]+) % more/.exec(message)?.[1]);

describe('demo clinic seed, running plans and runs', () => {
  const t = useTestApp();
  const now = new Date('2026-11-25T15:00:00Z'); // a Wednesday
  const today = todayIso(now);
  const thisMonday = mondayOf(today);

  it('gives most active patients a plan and 8–16 weeks of valid runs ending this week', async () => {
    await seedDemoClinic(t.repositories, () => now);
    const db = t.database.db;
    const stored = await db.select().from(patients);
    const plans = await db.select().from(runningPlans);
    const logged = await db.select().from(runs);
    const nameOf = (id: string) => {
      const p = stored.find((s) => s.id === id)!;
      return `${p.firstName} ${p.lastName}`;
    };

    const active = stored.filter((p) => p.status === 'active');
    expect(plans.length).toBeGreaterThanOrEqual(Math.ceil(active.length * 0.75));
    for (const plan of plans) {
      expect(active.some((p) => p.id === plan.patientId))
        .withContext(nameOf(plan.patientId))
        .toBeTrue();
    }
    expect(
      plans
        .filter((p) => p.kind === 'walk-jog')
        .map((p) => nameOf(p.patientId))
        .sort(),
    ).toEqual(['Jorge Gutiérrez', 'Luis Hernández']);
    expect(new Set(logged.map((r) => r.patientId))).toEqual(new Set(plans.map((p) => p.patientId)));

    for (const plan of plans) {
      const name = nameOf(plan.patientId);
      const mine = logged.filter((r) => r.patientId === plan.patientId);
      const dates = mine.map((r) => r.date).sort();
      expect(dates[dates.length - 1] <= today)
        .withContext(name)
        .toBeTrue();
      for (const r of mine) {
        const asTyped = createRunRequest.safeParse({
          ...r,
          distance: r.distanceM / 1000,
          distanceUnit: 'km',
        });
        expect(asTyped.error?.issues).withContext(`${name} ${r.date}`).toBeUndefined();
        expect(r.clinicId).toBe(plan.clinicId);
      }
      if (plan.kind !== 'mileage') continue;
      expect(mondayOf(dates[dates.length - 1]))
        .withContext(name)
        .toBe(thisMonday);
      const weeks = weeksBetween(dates[0], today) + 1;
      expect(weeks >= 8 && weeks <= 16)
        .withContext(`${name}: ${weeks} weeks`)
        .toBeTrue();
      const asLogged = mine.map((r) => ({ ...r, distanceMetres: r.distanceM }));
      for (const week of weeklyTotals(asLogged, today).filter((w) => w.weekStart < thisMonday)) {
        expect(week.runs >= 2 && week.runs <= 5)
          .withContext(`${name} ${week.weekStart}: ${week.runs} runs`)
          .toBeTrue();
      }
    }

    const versions = await db
      .select({ planId: runningPlanVersions.planId, summary: runningPlanVersions.summary })
      .from(runningPlanVersions);
    expect(versions.length).toBe(plans.length + 2);
    const edited = plans.filter((p) => p.version === 2).map((p) => nameOf(p.patientId));
    expect(edited.sort()).toEqual(['Ana García', 'Lucía Ramírez']);
    for (const plan of plans.filter((p) => p.version === 2)) {
      const summaries = versions.filter((v) => v.planId === plan.id).map((v) => v.summary);
      expect(summaries).toContain(jasmine.stringMatching(/^Plan made: /));
      expect(summaries).toContain(
        jasmine.stringMatching(/^Week of \d{4}-\d\d-\d\d: [\d.]+ → [\d.]+ (mi|km)$/),
      );
    }

    // A demo therapist sees their flagged runner's log through the API.
    const cookie = await signIn(t.app, 'therapist1@demo.test', demoPassword);
    const james = stored.find((p) => p.firstName === 'James' && p.lastName === 'Whitaker')!;
    const response = await call(t.app, 'GET', `/api/patients/${james.id}/runs`, { cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json().runs.length).toBe(logged.filter((r) => r.patientId === james.id).length);
  });

  it('shows a > 30 % two-week jump and next-morning pain of 5–7 for three runners, and keeps the rest inside the rules', () => {
    // Whatever the weekday of seeding, this week's runs so far must not change the picture.
    for (let day = 0; day < 7; day++) {
      const at = new Date(now.getTime() + (day - 2) * 86_400_000); // Monday to Sunday
      const on = todayIso(at);
      const rows = demoPatientRows('clinic', ['t1', 't2', 't3'], at).map((p, i) => ({
        ...p,
        id: `patient-${i}`,
      }));
      const { plans, runs: seeded } = demoRunning(rows, at);
      const flagged: string[] = [];
      for (const plan of plans) {
        if (plan.content.kind !== 'mileage') continue;
        const p = rows.find((r) => r.id === plan.patientId)!;
        const name = `${p.firstName} ${p.lastName} (${on})`;
        const mine = seeded.filter((r) => r.patientId === plan.patientId);
        const { totals, flags, warnings } = checksOf(mine, plan.content.weeks, p.distanceUnit, on);
        const jump = flags.find((f) => f.rule === 'two-week-increase');
        if (!jump) {
          expect(warnings.map((f) => f.message))
            .withContext(name)
            .toEqual([]);
          continue;
        }
        flagged.push(`${p.firstName} ${p.lastName}`);
        expect(jump.week)
          .withContext(name)
          .toBe(addWeeks(mondayOf(on), -1));
        expect(percentIn(jump.message)).withContext(jump.message).toBeGreaterThan(30);
        const morning = Math.max(...totals.slice(-2).map((w) => w.maxPainNextMorning ?? 0));
        expect(morning >= 5 && morning <= 7)
          .withContext(`${name}: ${morning}`)
          .toBeTrue();
        expect(flags.some((f) => f.rule === 'next-morning-pain' && f.week === jump.week))
          .withContext(name)
          .toBeTrue();
      }
      expect(flagged.sort())
        .withContext(on)
        .toEqual([...flaggedDemoRunners].sort());
    }
  });

  it('keeps the walk–jog sessions to the levels’ rules', () => {
    const rows = demoPatientRows('clinic', ['t1', 't2', 't3'], now).map((p, i) => ({
      ...p,
      id: `patient-${i}`,
    }));
    const { plans, runs: seeded } = demoRunning(rows, now);
    const walkJog = plans.filter((p) => p.content.kind === 'walk-jog');
    expect(walkJog.length).toBe(2);
    for (const plan of walkJog) {
      const sessions: WalkJogSession[] = seeded
        .filter((r) => r.patientId === plan.patientId)
        .map((r) => ({ date: r.date, ...r.walkJog! }));
      expect(sessions.length).toBeGreaterThanOrEqual(6);
      sessions.forEach((session, i) => {
        const before = sessions.slice(0, i);
        const advice = nextWalkJogSession(before, session.date);
        expect(session.level).withContext(session.date).toBeLessThanOrEqual(advice.level);
        expect(advice.mayRunOn).withContext(session.date).toBeTrue();
      });
    }
  });

  it('is the same log whenever it is seeded on the same day', () => {
    const rows = demoPatientRows('c', ['t1', 't2', 't3'], now).map((p, i) => ({
      ...p,
      id: `p${i}`,
    }));
    expect(demoRunning(rows, now)).toEqual(demoRunning(rows, new Date(now)));
  });
});

describe('demo clinic seed, strength programs', () => {
  const t = useTestApp();
  const now = new Date('2026-11-25T15:00:00Z');

  it('gives every active patient a program from their diagnosis’s template, edited, in 1–3 versions', async () => {
    await seedDemoClinic(t.repositories, () => now);
    const db = t.database.db;
    const stored = await db.select().from(patients);
    const versions = await db.select().from(programVersions);
    const active = stored.filter((p) => p.status === 'active');
    expect(new Set(versions.map((v) => v.patientId))).toEqual(new Set(active.map((p) => p.id)));

    const counts = [0, 0, 0, 0];
    for (const patient of active) {
      const name = `${patient.firstName} ${patient.lastName}`;
      const mine = versions
        .filter((v) => v.patientId === patient.id)
        .sort((a, b) => a.version - b.version);
      counts[mine.length]++;
      expect(mine.map((v) => v.version))
        .withContext(name)
        .toEqual(mine.map((_, i) => i + 1));
      const template = builtInTemplate(demoTemplateFor[patient.diagnosis])!;
      expect(mine[0].program)
        .withContext(name)
        .toEqual(applyTemplate({ sections: template.program.sections }, template, 'replace'));
      expect(mine[0].changeSummary).toBe(
        `Program made from the template “${template.name}”: ${programItems(template.program).length} exercises`,
      );
      for (const [i, v] of mine.entries()) {
        const at = `${name} v${v.version}`;
        expect(v.clinicId).withContext(at).toBe(patient.clinicId);
        expect(v.savedBy).withContext(at).toBe(patient.therapistId);
        expect(v.savedAt <= now && todayIso(v.savedAt) >= patient.startDate)
          .withContext(at)
          .toBeTrue();
        if (i > 0)
          expect(v.savedAt > mine[i - 1].savedAt)
            .withContext(at)
            .toBeTrue();
        const asSent = saveProgramRequest.safeParse({ version: i, program: v.program });
        expect(asSent.error?.issues).withContext(at).toBeUndefined();
        for (const { item } of programItems(v.program)) {
          expect(catalogueExercise(item.exerciseId)).withContext(at).toBeDefined();
        }
      }
      if (mine[1]) {
        expect(mine[1].changeSummary)
          .withContext(name)
          .toMatch(/^Changed the dose of .+: (repetitions|hold|load) .+ → .+$/);
      }
      if (mine[2]) {
        expect(mine[2].changeSummary)
          .withContext(name)
          .toMatch(/^Added [^;]+$/);
        // What was added never carries a caution for the patient's diagnosis.
        const added = programItems(mine[2].program).filter(
          ({ item }) => !programItems(mine[1].program).some((p) => p.item.id === item.id),
        );
        expect(added.length).withContext(name).toBe(1);
        const warnings = precautionWarnings(mine[2].program, patient.diagnosis, catalogueExercise);
        expect(warnings.filter((w) => w.itemId === added[0].item.id))
          .withContext(name)
          .toEqual([]);
      }
    }
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThanOrEqual(1);
    expect(counts[2]).toBeGreaterThanOrEqual(5);
    expect(counts[3]).toBeGreaterThanOrEqual(10);

    // A demo therapist reads their patient's program and its history through the API.
    const cookie = await signIn(t.app, 'therapist1@demo.test', demoPassword);
    const ana = stored.find((p) => p.firstName === 'Ana' && p.lastName === 'García')!;
    const current = await call(t.app, 'GET', `/api/patients/${ana.id}/program`, { cookie });
    expect(current.statusCode).toBe(200);
    const anaVersions = versions.filter((v) => v.patientId === ana.id);
    expect(current.json().current.version).toBe(anaVersions.length);
    const history = await call(t.app, 'GET', `/api/patients/${ana.id}/program/versions`, {
      cookie,
    });
    expect(history.json().versions.length).toBe(anaVersions.length);
  }, 30_000);

  it('keeps every save inside its day and after the one before, whatever the weekday of seeding', () => {
    for (let day = 0; day < 7; day++) {
      const at = new Date(now.getTime() + day * 86_400_000);
      const rows = demoPatientRows('clinic', ['t1', 't2', 't3'], at).map((p, i) => ({
        ...p,
        id: `patient-${i}`,
      }));
      for (const program of demoPrograms(rows, at)) {
        const times = program.versions.map((v) => v.savedAt.getTime());
        expect(times.length >= 1 && times.length <= 3).toBeTrue();
        expect(times.every((time, i) => time <= at.getTime() && (i === 0 || time > times[i - 1])))
          .withContext(`${program.patientId} on ${todayIso(at)}`)
          .toBeTrue();
      }
    }
  });

  it('is the same programs whenever it is seeded on the same day', () => {
    const rows = demoPatientRows('c', ['t1', 't2', 't3'], now).map((p, i) => ({
      ...p,
      id: `p${i}`,
    }));
    expect(demoPrograms(rows, now)).toEqual(demoPrograms(rows, new Date(now)));
  });
});
