import { demoPassword, demoStaff, seedDemoClinic } from '../seed/demo-clinic';
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
