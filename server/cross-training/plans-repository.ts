import { and, desc, eq } from 'drizzle-orm';
import type {
  CrossTrainingVersion,
  CrossTrainingVersionSummary,
} from '@domain/contracts/cross-training';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { crossTrainingVersions, users } from '../db/schema';
import { lockPatient, type PatientScope } from '../patients/repository';
import type { SavedBy } from '../running/plans-repository';

/**
 * The outcome of a save: the version saved, or why nothing was written (as for programs: no such patient in the
 * scope, a discharged patient, someone saved since the version named, or a version named before any save).
 */
export type CrossTrainingWrite =
  | { saved: CrossTrainingVersion; refused?: undefined }
  | { refused: 'no_patient' | 'discharged' | 'no_plan'; saved?: undefined }
  | { refused: 'stale_version'; current: CrossTrainingVersion; saved?: undefined };

const summaryColumns = {
  version: crossTrainingVersions.version,
  savedAt: crossTrainingVersions.savedAt,
  savedBy: { id: users.id, displayName: users.displayName },
  changeSummary: crossTrainingVersions.changeSummary,
};
const versionColumns = { ...summaryColumns, plan: crossTrainingVersions.plan };

type SummaryRow = { version: number; savedAt: Date; savedBy: { id: string; displayName: string }; changeSummary: string };

const toSummary = (row: SummaryRow): CrossTrainingVersionSummary => ({
  ...row,
  savedAt: row.savedAt.toISOString(),
});
const toVersion = (row: SummaryRow & { plan: CrossTrainingPlan }): CrossTrainingVersion => ({
  ...toSummary(row),
  plan: row.plan,
});

/**
 * A patient's cross-training plan as its saved versions (append-only table; the highest is current). A save locks
 * the patient's row, so saves of one patient queue and the version it follows is the latest.
 */
export class CrossTrainingRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  current(clinicId: string, patientId: string): Promise<CrossTrainingVersion | undefined> {
    return latest(this.db, clinicId, patientId);
  }

  async version(clinicId: string, patientId: string, version: number): Promise<CrossTrainingVersion | undefined> {
    const [row] = await this.db
      .select(versionColumns)
      .from(crossTrainingVersions)
      .innerJoin(users, eq(users.id, crossTrainingVersions.savedBy))
      .where(and(ofPatient(clinicId, patientId), eq(crossTrainingVersions.version, version)));
    return row && toVersion(row);
  }

  async history(clinicId: string, patientId: string): Promise<CrossTrainingVersionSummary[]> {
    const rows = await this.db
      .select(summaryColumns)
      .from(crossTrainingVersions)
      .innerJoin(users, eq(users.id, crossTrainingVersions.savedBy))
      .where(ofPatient(clinicId, patientId))
      .orderBy(desc(crossTrainingVersions.version));
    return rows.map(toSummary);
  }

  /** Saves the next version if the latest is still `baseVersion` (0 before the first); `summarise` sees the one before. */
  save(
    scope: PatientScope,
    patientId: string,
    baseVersion: number,
    plan: CrossTrainingPlan,
    summarise: (before: CrossTrainingPlan | null) => string,
    by: SavedBy,
  ): Promise<CrossTrainingWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const current = await latest(tx, scope.clinicId, patientId);
      if ((current?.version ?? 0) !== baseVersion) {
        return current ? { refused: 'stale_version', current } : { refused: 'no_plan' };
      }
      const version = baseVersion + 1;
      await tx.insert(crossTrainingVersions).values({
        clinicId: scope.clinicId,
        patientId,
        version,
        plan,
        changeSummary: summarise(current?.plan ?? null),
        savedBy: by.userId,
        savedAt: by.at ?? this.now(),
      });
      const saved = await latest(tx, scope.clinicId, patientId);
      if (saved?.version !== version) throw new Error('the saved cross-training version was not read back');
      return { saved };
    });
  }
}

function ofPatient(clinicId: string, patientId: string) {
  return and(eq(crossTrainingVersions.patientId, patientId), eq(crossTrainingVersions.clinicId, clinicId));
}

async function latest(db: Database, clinicId: string, patientId: string): Promise<CrossTrainingVersion | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(crossTrainingVersions)
    .innerJoin(users, eq(users.id, crossTrainingVersions.savedBy))
    .where(ofPatient(clinicId, patientId))
    .orderBy(desc(crossTrainingVersions.version))
    .limit(1);
  return row && toVersion(row);
}
