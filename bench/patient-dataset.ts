import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../server/clock';
import { refreshFlaggedWeeks } from '../server/caseload/flagged-weeks';
import { openDatabase } from '../server/db/open-database';
import { createRepositories } from '../server/plugins/repositories';
import { seedDemoClinic } from '../server/seed/demo-clinic';
import { seedSyntheticPatients } from '../server/seed/synthetic-patients';
import { seedSyntheticRuns } from '../server/seed/synthetic-runs';

/**
 * A throwaway PGlite folder holding the demo clinic plus `count` synthetic patients spread over its
 * three therapists (and `runsPerPatient` runs each), analysed and closed so a server (in this process or another)
 * can open it.
 */
export async function buildPatientDataset(count: number, runsPerPatient = 0): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `stride-bench-${count}-`));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    const repositories = createRepositories(database.db, systemClock);
    await seedDemoClinic(repositories);
    const [clinic] = await repositories.clinics.list();
    const staff = await repositories.users.listForClinic(clinic.id);
    const therapistIds = staff.filter((u) => u.role === 'therapist').map((u) => u.id);
    await seedSyntheticPatients(database.db, { clinicId: clinic.id, therapistIds, count });
    // The caseload bench's run logs (10 per patient: 1,000,000 runs at 100,000 patients).
    if (runsPerPatient) {
      await seedSyntheticRuns(database.db, { clinicId: clinic.id, perPatient: runsPerPatient });
      // What a server's start does after runs were written without it (server/main.ts).
      const started = performance.now();
      const patients = await refreshFlaggedWeeks(database.db);
      console.log(`bench: flagged weeks of ${patients} patients computed in ${Math.round(performance.now() - started)} ms`);
    }
    await database.db.execute('ANALYZE');
  } finally {
    await database.close();
  }
  return dataDir;
}
