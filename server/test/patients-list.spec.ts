import { and, count, eq, inArray } from 'drizzle-orm';
import { patientListQuery, type PatientSummary } from '@domain/contracts/patients';
import { foldName } from '../db/patient-keys';
import { patients } from '../db/schema';
import { PatientsRepository, type NewPatient } from '../patients/repository';
import { seedSyntheticPatients } from '../seed/synthetic-patients';
import type { User } from '../users/repository';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

/**
 * One clinic, two therapists, eight patients chosen so each order differs: names with accents and shared
 * first names, every status, a few diagnoses, distinct start dates and last updates.
 */
const roster: (Partial<NewPatient> & { of: 'a' | 'b' })[] = [
  { of: 'a', firstName: 'Ana', lastName: 'García', startDate: '2025-01-10', updatedAt: at(3) },
  {
    of: 'a',
    firstName: 'Álvaro',
    lastName: 'Núñez',
    diagnosis: 'itbs',
    status: 'on_hold',
    startDate: '2024-12-01',
    updatedAt: at(7),
  },
  {
    of: 'a',
    firstName: 'Zoe',
    lastName: 'Adams',
    diagnosis: 'meniscus_nonop',
    status: 'discharged',
    dischargedOn: '2024-08-01',
    dischargeReason: 'Goals met.',
    startDate: '2024-06-01',
    updatedAt: at(1),
  },
  {
    of: 'a',
    firstName: 'María José',
    lastName: 'Torres Vega',
    diagnosis: 'other',
    diagnosisOther: 'Plica syndrome',
    startDate: '2025-02-01',
    updatedAt: at(8),
  },
  {
    of: 'a',
    firstName: 'Ben',
    lastName: 'Garza',
    diagnosis: 'itbs',
    startDate: '2025-02-15',
    updatedAt: at(2),
  },
  { of: 'a', firstName: 'Ana', lastName: 'Zimmer', startDate: '2024-11-11', updatedAt: at(5) },
  {
    of: 'b',
    firstName: 'Carlos',
    lastName: 'Gómez',
    diagnosis: 'itbs',
    startDate: '2025-01-20',
    updatedAt: at(4),
  },
  {
    of: 'b',
    firstName: 'Olivia',
    lastName: 'Anderson',
    status: 'on_hold',
    startDate: '2025-01-05',
    updatedAt: at(6),
  },
];

function at(day: number): Date {
  return new Date(`2025-03-0${day}T10:00:00Z`);
}

const lastNames = (items: PatientSummary[]) => items.map((p) => p.lastName);

describe('patient list', () => {
  const t = useTestApp();
  let a: User;
  let b: User;
  let manager: User;

  beforeAll(async () => {
    const staff = await createClinicWithStaff(t.repositories);
    [a, b, manager] = [
      staff.therapist,
      await createStaffMember(t.repositories, staff.clinic.id, 'therapist'),
      staff.manager,
    ];
    for (const { of, ...patient } of roster) {
      await createPatient(t.repositories, of === 'a' ? a : b, patient);
    }
    // Another clinic's namesakes, which no list here may show.
    const other = await createClinicWithStaff(t.repositories);
    await createPatient(t.repositories, other.therapist, { firstName: 'Ana', lastName: 'García' });
  });

  /** GET /api/patients as `user` with the query string `query`. */
  async function list(user: User, query = '') {
    const response = await call(t.app, 'GET', `/api/patients?${query}`, {
      cookie: await signIn(t.app, user.email),
    });
    expect(response.statusCode).withContext(response.body).toBe(200);
    return response.json() as { items: PatientSummary[]; total: number; page: number };
  }

  describe('order', () => {
    it('sorts by last name, then first, ignoring case and accents (Núñez among the N’s)', async () => {
      const { items, total } = await list(manager);
      expect(total).toBe(8);
      expect(lastNames(items)).toEqual([
        'Adams',
        'Anderson',
        'García',
        'Garza',
        'Gómez',
        'Núñez',
        'Torres Vega',
        'Zimmer',
      ]);
      expect(items[0]).toEqual({
        id: jasmine.any(String),
        firstName: 'Zoe',
        lastName: 'Adams',
        dateOfBirth: '1988-06-02',
        diagnosis: 'meniscus_nonop',
        affectedSide: 'left',
        status: 'discharged',
        therapist: { id: a.id, displayName: a.displayName },
        startDate: '2024-06-01',
        updatedAt: at(1).toISOString(),
      });
    });

    it('reverses every order on direction=desc', async () => {
      const asc = await list(manager, 'sort=startDate');
      const desc = await list(manager, 'sort=startDate&direction=desc');
      expect(lastNames(desc.items)).toEqual(lastNames(asc.items).reverse());
    });

    it('sorts by start date', async () => {
      expect(lastNames((await list(manager, 'sort=startDate')).items)).toEqual([
        'Adams',
        'Zimmer',
        'Núñez',
        'Anderson',
        'García',
        'Gómez',
        'Torres Vega',
        'Garza',
      ]);
    });

    it('sorts by status in clinical order (active, on hold, discharged), then by name', async () => {
      expect(lastNames((await list(manager, 'sort=status')).items)).toEqual([
        'García',
        'Garza',
        'Gómez',
        'Torres Vega',
        'Zimmer',
        'Anderson',
        'Núñez',
        'Adams',
      ]);
      const onHoldFirst = await list(manager, 'sort=status&direction=desc&status=on_hold,active');
      expect(lastNames(onHoldFirst.items)).toEqual([
        'Núñez',
        'Anderson',
        'Zimmer',
        'Torres Vega',
        'Gómez',
        'Garza',
        'García',
      ]);
    });

    it('sorts by last update', async () => {
      expect(lastNames((await list(manager, 'sort=updatedAt&direction=desc')).items)).toEqual([
        'Torres Vega',
        'Núñez',
        'Anderson',
        'Zimmer',
        'Gómez',
        'García',
        'Garza',
        'Adams',
      ]);
    });
  });

  describe('paging', () => {
    it('returns the asked page with the total of every page', async () => {
      const second = await list(manager, 'pageSize=3&page=2');
      expect(second).toEqual(jasmine.objectContaining({ total: 8, page: 2, pageSize: 3 }));
      expect(lastNames(second.items)).toEqual(['Garza', 'Gómez', 'Núñez']);
      expect(lastNames((await list(manager, 'pageSize=3&page=3')).items)).toEqual([
        'Torres Vega',
        'Zimmer',
      ]);
      const past = await list(manager, 'pageSize=3&page=4');
      expect(past.items).toEqual([]);
      expect(past.total).toBe(8);
    });
  });

  describe('filters', () => {
    const cases: [string, string[]][] = [
      ['status=on_hold,discharged', ['Adams', 'Anderson', 'Núñez']],
      ['diagnosis=itbs', ['Garza', 'Gómez', 'Núñez']],
      ['diagnosis=itbs,other&status=active', ['Garza', 'Gómez', 'Torres Vega']],
      ['status=active&diagnosis=patellofemoral_pain', ['García', 'Zimmer']],
      [
        'status=',
        ['Adams', 'Anderson', 'García', 'Garza', 'Gómez', 'Núñez', 'Torres Vega', 'Zimmer'],
      ],
    ];
    for (const [query, expected] of cases) {
      it(`keeps ${expected.length} for ${query}`, async () => {
        const { items, total } = await list(manager, query);
        expect(lastNames(items)).toEqual(expected);
        expect(total).toBe(expected.length);
      });
    }

    it("lets a manager see one therapist's caseload", async () => {
      expect(lastNames((await list(manager, `therapistId=${b.id}`)).items)).toEqual([
        'Anderson',
        'Gómez',
      ]);
    });

    it('keeps a therapist to their own caseload, whatever the filters', async () => {
      expect(lastNames((await list(a, 'diagnosis=itbs')).items)).toEqual(['Garza', 'Núñez']);
      expect((await list(a, `therapistId=${a.id}`)).total).toBe(6);
    });
  });

  describe('name search', () => {
    const cases: [string, string[]][] = [
      ['ana', ['García', 'Zimmer']],
      ['AN', ['Anderson', 'García', 'Zimmer']],
      ['gar', ['García', 'Garza']],
      ['garcia', ['García']],
      ['GARCÍA', ['García']],
      ['ana g', ['García']],
      ['  ana   garcía ', ['García']],
      ['alvaro', ['Núñez']],
      ['nunez', ['Núñez']],
      ['núñez', ['Núñez']],
      ['torres v', ['Torres Vega']],
      ['maria jose t', ['Torres Vega']],
      ['arc', []],
      ['%', []],
      ['_na', []],
      ['g_rc', []],
    ];
    for (const [q, expected] of cases) {
      it(`finds ${JSON.stringify(expected)} for "${q}"`, async () => {
        const { items, total } = await list(manager, `q=${encodeURIComponent(q)}`);
        expect(lastNames(items)).toEqual(expected);
        expect(total).toBe(expected.length);
      });
    }

    it("searches only the therapist's own caseload", async () => {
      expect((await list(a, 'q=gom')).items).toEqual([]);
      expect(lastNames((await list(manager, 'q=gom')).items)).toEqual(['Gómez']);
    });

    it('combines with sorting, filters and paging', async () => {
      const { items, total } = await list(
        manager,
        'q=a&sort=startDate&direction=desc&status=active,on_hold&pageSize=2&page=2',
      );
      expect(total).toBe(4);
      expect(lastNames(items)).toEqual(['Núñez', 'Zimmer']);
    });

    it('keeps the folded names PostgreSQL stores equal to the search text folded here', async () => {
      const elsewhere = await createClinicWithStaff(t.repositories);
      const patient = await createPatient(t.repositories, elsewhere.therapist, {
        firstName: 'ÉLODIE Ñ',
        lastName: 'Çelik-Ýñiguez Ärö',
      });
      const [row] = await t.database.db.select().from(patients).where(eq(patients.id, patient.id));
      expect(row.firstNameKey).toBe(foldName('ÉLODIE Ñ'));
      expect(row.lastNameKey).toBe(foldName('Çelik-Ýñiguez Ärö'));
      expect(row.lastNameKey).toBe('celik-yniguez aro');
      expect(row.fullNameKey).toBe('elodie n celik-yniguez aro');
    });
  });

  describe('query validation', () => {
    it('answers a bad query string with 400 and a message per parameter', async () => {
      const cookie = await signIn(t.app, manager.email);
      const response = await call(
        t.app,
        'GET',
        `/api/patients?page=0&pageSize=500&sort=age&direction=up&status=gone&diagnosis=flu&therapistId=7&q=${'x'.repeat(101)}`,
        { cookie },
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          page: ['Pages start at 1.'],
          pageSize: ['Page size is at most 100.'],
          sort: ['Sort by name, startDate, status or updatedAt.'],
          direction: ['Direction is asc or desc.'],
          'status.0': ['Status is active, on_hold or discharged.'],
          'diagnosis.0': ['Unknown diagnosis.'],
          therapistId: ['Unknown therapist.'],
          q: ['Search text is at most 100 characters.'],
        },
      });
    });

    it('answers a page that is not a number with 400', async () => {
      const cookie = await signIn(t.app, manager.email);
      const response = await call(t.app, 'GET', '/api/patients?page=two', { cookie });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({ page: ['Page must be a number.'] });
    });
  });
});

describe('patient list at scale', () => {
  const t = useTestApp();
  const now = () => new Date('2025-03-03T08:30:00Z');

  it('seeds synthetic patients in batches, the same ones for the same seed', async () => {
    const names = async (seed: number) => {
      const { clinic, therapist } = await createClinicWithStaff(t.repositories);
      const second = await createStaffMember(t.repositories, clinic.id, 'therapist');
      await seedSyntheticPatients(t.database.db, {
        clinicId: clinic.id,
        therapistIds: [therapist.id, second.id],
        count: 1_203,
        seed,
        now,
      });
      const repository = new PatientsRepository(t.database.db, now);
      const options = patientListQuery.parse({ pageSize: '100', sort: 'startDate' });
      const all = await repository.list({ clinicId: clinic.id }, options);
      const mine = await repository.list({ clinicId: clinic.id, therapistId: second.id }, options);
      expect(all.total).toBe(1_203);
      expect(mine.total).toBe(601);
      return all.items.map((p) => `${p.firstName} ${p.lastName} ${p.startDate}`);
    };
    const first = await names(7);
    expect(await names(7)).toEqual(first);
    expect(await names(8)).not.toEqual(first);
  });

  it('keeps the totals it sums from tallies equal to a count, through bulk inserts, edits and deletes', async () => {
    const { clinic, therapist } = await createClinicWithStaff(t.repositories);
    const second = await createStaffMember(t.repositories, clinic.id, 'therapist');
    await seedSyntheticPatients(t.database.db, {
      clinicId: clinic.id,
      therapistIds: [therapist.id, second.id],
      count: 300,
      now,
    });
    const db = t.database.db;
    // Multi-row statements, each moving patients between tallies (and one that moves none).
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
      .set({ clinicalNotes: 'Reviewed.' })
      .where(eq(patients.clinicId, clinic.id));
    await db.delete(patients).where(eq(patients.diagnosis, 'meniscus_postop'));
    await createPatient(t.repositories, therapist, {
      firstName: 'Nadia',
      lastName: 'Okafor',
      diagnosis: 'other',
      diagnosisOther: 'Plica',
    });

    const repository = new PatientsRepository(db, now);
    const scopes = [{ clinicId: clinic.id }, { clinicId: clinic.id, therapistId: second.id }];
    for (const query of [
      {},
      { status: 'on_hold' },
      { diagnosis: 'itbs,other' },
      { status: 'active,discharged', diagnosis: 'itbs' },
    ]) {
      const options = patientListQuery.parse(query);
      for (const scope of scopes) {
        const [{ counted }] = await db
          .select({ counted: count() })
          .from(patients)
          .where(
            and(
              eq(patients.clinicId, scope.clinicId),
              scope.therapistId ? eq(patients.therapistId, scope.therapistId) : undefined,
              options.status ? inArray(patients.status, options.status) : undefined,
              options.diagnosis ? inArray(patients.diagnosis, options.diagnosis) : undefined,
            ),
          );
        expect(counted).withContext(JSON.stringify({ query, scope })).toBeGreaterThan(0);
        expect((await repository.list(scope, options)).total)
          .withContext(JSON.stringify({ query, scope }))
          .toBe(counted);
      }
    }
  });

  it('gives the same pages whether a search sorts its matches itself or lets PostgreSQL walk an index', async () => {
    const { clinic, therapist } = await createClinicWithStaff(t.repositories);
    await seedSyntheticPatients(t.database.db, {
      clinicId: clinic.id,
      therapistIds: [therapist.id],
      count: 600,
      now,
    });
    const fenced = new PatientsRepository(t.database.db, now);
    const planned = new PatientsRepository(t.database.db, now, 0);
    for (const query of [
      { q: 'ma' },
      { q: 'gar', sort: 'startDate', direction: 'desc' },
      { q: 'a', sort: 'status', page: '2', pageSize: '20' },
      { q: 's', sort: 'updatedAt', status: 'active,on_hold' },
    ]) {
      const options = patientListQuery.parse(query);
      const scope = { clinicId: clinic.id };
      const expected = await planned.list(scope, options);
      expect(expected.items.length).withContext(JSON.stringify(query)).toBeGreaterThan(0);
      expect(await fenced.list(scope, options))
        .withContext(JSON.stringify(query))
        .toEqual(expected);
    }
  });
});
