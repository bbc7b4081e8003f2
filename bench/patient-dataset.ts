import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../server/clock';
import { refreshFlaggedWeeks } from '../server/caseload/flagged-weeks';
import { openDatabase } from '../server/db/open-database';
import { createRepositories } from '../server/plugins/repositories';
import { seedDemoClinic } from '../server/seed/demo-clinic';
import { seedSyntheticPatients } from '../server/seed/synthetic-patients';
import { seedSyntheticPrograms } from '../server/seed/synthetic-programs';
import { seedSyntheticRuns } from '../server/seed/synthetic-runs';

export interface DatasetHistory {
  /** Runs per patient (10: 1,000,000 runs at 100,000 patients). */
  runsPerPatient: number;
  /** The share of patients with a strength program, saved 1–3 times (synthetic-programs.ts). */
  programShare: number;
}

/**
 * A throwaway PGlite folder holding the demo clinic plus `count` synthetic patients spread over its
 * three therapists (with runs and programs when `history` asks), analysed and closed so a server (in this process
 * or another) can open it.
 */
export async function buildPatientDataset(
  count: number,
  history?: DatasetHistory,
): Promise<string> {
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
    if (history) {
      await seedSyntheticRuns(database.db, {
        clinicId: clinic.id,
        perPatient: history.runsPerPatient,
      });
      await seedSyntheticPrograms(database.db, {
        clinicId: clinic.id,
        savedBy: therapistIds[0],
        share: history.programShare,
      });
      // What a server's start does after runs were written without it (server/main.ts).
      const started = performance.now();
      const patients = await refreshFlaggedWeeks(database.db);
      console.log(
        `bench: flagged weeks of ${patients} patients computed in ${Math.round(performance.now() - started)} ms`,
      );
    }
    await database.db.execute('ANALYZE');
  } finally {
    await database.close();
  }
  return dataDir;
}
