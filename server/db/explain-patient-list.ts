/**
 * The patient list's query plans at clinic scale: `npx tsx server/db/explain-patient-list.ts [count]`.
 * Seeds an in-memory PGlite with one clinic (a manager, three therapists) and `count` synthetic patients
 * (default 100,000; the generator ends with VACUUM ANALYZE), then for each scenario calls the real
 * PatientsRepository.list(), captures the SQL it sends, and prints EXPLAIN ANALYZE of that SQL with the
 * same parameters, with the median and p95 time of list() itself. EXPLAIN ANALYZE's own times run high
 * under PGlite (timing every row is slow in WebAssembly): list() times are the ones to quote. Exits 1 if a
 * plan reads the whole table ("Seq Scan on patients").
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Role } from '@domain/contracts/users';
import { ClinicsRepository } from '../clinics/repository';
import {
  PatientsRepository,
  type PatientListOptions,
  type PatientScope,
} from '../patients/repository';
import { seedSyntheticPatients } from '../seed/synthetic-patients';
import { UsersRepository } from '../users/repository';
import { migrationsFolder } from './database';
import * as schema from './schema';

const count = Number(process.argv[2] ?? 100_000);
const warmUp = 5;
const runs = 40;

async function main(): Promise<void> {
  const client = new PGlite();
  let captured: { query: string; params: unknown[] }[] | undefined;
  const db = drizzle({
    client,
    schema,
    logger: { logQuery: (query, params) => void captured?.push({ query, params }) },
  });
  await migrate(db, { migrationsFolder });
  const now = () => new Date();

  const clinic = await new ClinicsRepository(db).create({
    name: 'Explain Clinic',
    address: null,
    phone: null,
  });
  const users = new UsersRepository(db, now);
  const staff = async (role: Role, n: number) =>
    (await users.create({
      clinicId: clinic.id,
      role,
      email: `${role}${n}@explain.test`,
      displayName: `${role} ${n}`,
      passwordHash: 'not a hash: nobody signs in here',
    }))!.id;
  await staff('manager', 1);
  const therapistIds = [
    await staff('therapist', 1),
    await staff('therapist', 2),
    await staff('therapist', 3),
  ];

  let t0 = performance.now();
  await seedSyntheticPatients(db, { clinicId: clinic.id, therapistIds, count });
  console.log(`seeded ${count.toLocaleString('en')} patients in ${ms(performance.now() - t0)}`);
  t0 = performance.now();
  await client.exec('ANALYZE');
  console.log(`ANALYZE in ${ms(performance.now() - t0)}\n`);

  const repository = new PatientsRepository(db, now);
  const manager: PatientScope = { clinicId: clinic.id };
  const therapist: PatientScope = { clinicId: clinic.id, therapistId: therapistIds[0] };
  const defaults: PatientListOptions = { page: 1, pageSize: 50, sort: 'name', direction: 'asc' };
  const scenarios: [string, PatientScope, Partial<PatientListOptions>][] = [
    ['therapist, by name', therapist, {}],
    ['manager, by name', manager, {}],
    [
      'manager, on hold, by last update (newest first)',
      manager,
      { status: ['on_hold'], sort: 'updatedAt', direction: 'desc' },
    ],
    ['therapist, name prefix "ma"', therapist, { q: 'ma' }],
    ['manager, name prefix "maría g" (first last)', manager, { q: 'maría g' }],
    ['manager, name prefix "gar"', manager, { q: 'gar' }],
    ['therapist, name prefix "m"', therapist, { q: 'm' }],
    ['manager, on hold, by status', manager, { status: ['on_hold'], sort: 'status' }],
    [
      'therapist, active, by start date (newest first)',
      therapist,
      { status: ['active'], sort: 'startDate', direction: 'desc' },
    ],
    ['manager, by status', manager, { sort: 'status' }],
    [
      'manager, therapist filter, itbs, by name',
      manager,
      { therapistId: therapistIds[1], diagnosis: ['itbs'] },
    ],
    ['manager, page 20 by name', manager, { page: 20 }],
  ];

  let wholeTableScans = 0;
  for (const [name, scope, options] of scenarios) {
    const queries: typeof captured = (captured = []);
    const result = await repository.list(scope, { ...defaults, ...options });
    captured = undefined;
    const times: number[] = [];
    for (let i = 0; i < warmUp; i++) await repository.list(scope, { ...defaults, ...options });
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await repository.list(scope, { ...defaults, ...options });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `=== ${name}: ${result.total.toLocaleString('en')} match, ${result.items.length} on the page;` +
        ` list() median ${ms(times[Math.floor(runs / 2)])}, p95 ${ms(times[Math.ceil(runs * 0.95) - 1])}`,
    );
    for (const { query, params } of queries) {
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${query}`,
        params,
      );
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      if (lines.some((l) => /Seq Scan on patients\b/.test(l))) wholeTableScans++;
      console.log(`--- ${/count\(|sum\(/.test(query) ? 'total' : 'page'}`);
      console.log(lines.map((l) => `  ${l}`).join('\n'));
    }
    console.log();
  }
  await client.close();
  if (wholeTableScans) {
    console.log(`${wholeTableScans} plan(s) read the whole patients table.`);
    process.exitCode = 1;
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

void main();
