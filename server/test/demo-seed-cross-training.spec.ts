import { todayIso } from '@domain/contracts/patients';
import { saveCrossTrainingRequest } from '@domain/contracts/cross-training';
import { scheduleHints } from '@domain/cross-training/schedule-hints';
import { strengthDays } from '@domain/cross-training/strength-days';
import { planSchedule } from '@domain/cross-training/week-schedule';
import { crossTrainingVersions, patients, programVersions } from '../db/schema';
import { demoPassword, seedDemoClinic } from '../seed/demo-clinic';
import { demoCrossTraining } from '../seed/demo-cross-training';
import { demoPatientRows } from '../seed/demo-patients';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

describe('demo clinic seed, cross-training plans', () => {
  const t = useTestApp();
  const now = new Date('2026-11-25T15:00:00Z');

  it('gives every active patient a valid plan in 1–2 versions, some of whose weeks the schedule hints at', async () => {
    await seedDemoClinic(t.repositories, () => now);
    const db = t.database.db;
    const stored = await db.select().from(patients);
    const versions = await db.select().from(crossTrainingVersions);
    const programs = await db.select().from(programVersions);
    const active = stored.filter((p) => p.status === 'active');
    expect(new Set(versions.map((v) => v.patientId))).toEqual(new Set(active.map((p) => p.id)));

    const counts = [0, 0, 0];
    let hinted = 0;
    for (const patient of active) {
      const name = `${patient.firstName} ${patient.lastName}`;
      const mine = versions.filter((v) => v.patientId === patient.id).sort((a, b) => a.version - b.version);
      counts[mine.length]++;
      expect(mine.map((v) => v.version)).withContext(name).toEqual(mine.map((_, i) => i + 1));
      expect(mine[0]!.changeSummary).withContext(name).toMatch(/^Plan made: 2 sessions over [678] weeks\.$/);
      for (const [i, v] of mine.entries()) {
        const at = `${name} v${v.version}`;
        expect(v.savedBy).withContext(at).toBe(patient.therapistId);
        expect(v.savedAt <= now && todayIso(v.savedAt) >= patient.startDate).withContext(at).toBeTrue();
        if (i > 0) expect(v.savedAt > mine[i - 1]!.savedAt).withContext(at).toBeTrue();
        const asSent = saveCrossTrainingRequest.safeParse({ version: i, plan: v.plan });
        expect(asSent.error?.issues).withContext(at).toBeUndefined();
      }
      if (mine[1]) expect(mine[1].changeSummary).withContext(name).toMatch(/days Thu → Fri\)\.$/);

      const program = programs.filter((p) => p.patientId === patient.id).sort((a, b) => b.version - a.version)[0]!;
      const latest = mine.at(-1)!.plan;
      const weeks = planSchedule(latest, strengthDays(program.program.sections));
      if (weeks.some((week) => scheduleHints(week).length > 0)) hinted++;
    }
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThanOrEqual(1);
    expect(counts[2]).toBeGreaterThanOrEqual(10);
    expect(hinted).toBeGreaterThanOrEqual(2);
    expect(hinted).toBeLessThan(active.length);

    // A demo therapist reads their patient's plan and its history through the API.
    const cookie = await signIn(t.app, 'therapist1@demo.test', demoPassword);
    const ana = stored.find((p) => p.firstName === 'Ana' && p.lastName === 'García')!;
    const current = await call(t.app, 'GET', `/api/patients/${ana.id}/cross-training`, { cookie });
    expect(current.statusCode).toBe(200);
    const anaVersions = versions.filter((v) => v.patientId === ana.id);
    expect(current.json().current.version).toBe(anaVersions.length);
  }, 30_000);

  it('keeps every save inside its day and after the one before, whatever the weekday of seeding', () => {
    for (let day = 0; day < 7; day++) {
      const at = new Date(now.getTime() + day * 86_400_000);
      const rows = demoPatientRows('clinic', ['t1', 't2', 't3'], at).map((p, i) => ({ ...p, id: `patient-${i}` }));
      for (const plan of demoCrossTraining(rows, at)) {
        const times = plan.versions.map((v) => v.savedAt.getTime());
        expect(times.every((time, i) => time <= at.getTime() && (i === 0 || time > times[i - 1]!)))
          .withContext(`${plan.patientId} on ${todayIso(at)}`)
          .toBeTrue();
      }
    }
  });

  it('is the same plans whenever it is seeded on the same day', () => {
    const rows = demoPatientRows('c', ['t1', 't2', 't3'], now).map((p, i) => ({ ...p, id: `p${i}` }));
    expect(demoCrossTraining(rows, now)).toEqual(demoCrossTraining(rows, new Date(now)));
  });
});
