import {
  createPatientRequest,
  diagnoses,
  distanceUnits,
  patientStatuses,
  sides,
  todayIso,
} from '@domain/contracts/patients';
import { ageOn } from '@domain/patients/age';
import { fromMetres } from '@domain/training-load/distance';
import { patients } from '../db/schema';
import { addDays } from '../seed/calendar';
import { demoPassword, demoStaff, seedDemoClinic } from '../seed/demo-clinic';
import { demoPatientRows } from '../seed/demo-patients';
import { signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

describe('demo clinic seed', () => {
  const t = useTestApp();

  // One spec: the seed only acts on an empty database, which the suite's database is only once.
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
  });
});

describe('demo clinic seed, patients', () => {
  const t = useTestApp();
  const now = new Date('2026-11-25T15:00:00Z');

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
