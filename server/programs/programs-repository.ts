import { and, desc, eq } from 'drizzle-orm';
import type { ProgramVersion, ProgramVersionSummary } from '@domain/contracts/programs';
import type { Program } from '@domain/programs/program';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { programVersions, users } from '../db/schema';
import { lockPatient, type PatientScope } from '../patients/repository';
import type { SavedBy } from '../running/plans-repository';

/** What a save writes, worked out from the version it follows (null for the first save). */
export interface ProgramChange {
  program: Program;
  changeSummary: string;
}

/**
 * The outcome of a program save: the version saved, or why nothing was written. `no_patient`: no such patient in
 * the scope; `discharged`: the patient's records are closed; `stale_version`: someone saved since the version named;
 * `no_program`: a version was named but the patient has no program yet.
 */
export type ProgramWrite =
  | { saved: ProgramVersion; refused?: undefined }
  | { refused: 'no_patient' | 'discharged' | 'no_program'; saved?: undefined }
  | { refused: 'stale_version'; current: ProgramVersion; saved?: undefined };

const summaryColumns = {
  version: programVersions.version,
  savedAt: programVersions.savedAt,
  savedBy: { id: users.id, displayName: users.displayName },
  changeSummary: programVersions.changeSummary,
};
const versionColumns = { ...summaryColumns, program: programVersions.program };

type SummaryRow = {
  version: number;
  savedAt: Date;
  savedBy: { id: string; displayName: string };
  changeSummary: string;
};

function toSummary(row: SummaryRow): ProgramVersionSummary {
  return { ...row, savedAt: row.savedAt.toISOString() };
}

function toVersion(row: SummaryRow & { program: Program }): ProgramVersion {
  return { ...toSummary(row), program: row.program };
}

/**
 * A patient's strength program as the versions saved of it: the highest is the current program, and none ever
 * changes (the table is append-only). Callers check that the patient is theirs to read; a save checks it again itself
 * with the patient's row locked, so saves of one patient queue, a discharge cannot slip in between, and the version
 * a save follows is the latest one.
 */
export class ProgramsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** The latest version, or undefined before the first save. */
  current(clinicId: string, patientId: string): Promise<ProgramVersion | undefined> {
    return latest(this.db, clinicId, patientId);
  }

  /** One saved version, or undefined when there is no such version. */
  async version(
    clinicId: string,
    patientId: string,
    version: number,
  ): Promise<ProgramVersion | undefined> {
    const [row] = await this.db
      .select(versionColumns)
      .from(programVersions)
      .innerJoin(users, eq(users.id, programVersions.savedBy))
      .where(and(ofPatient(clinicId, patientId), eq(programVersions.version, version)));
    return row && toVersion(row);
  }

  /** Who saved each version, when and what changed, newest first (without the programs themselves). */
  async history(clinicId: string, patientId: string): Promise<ProgramVersionSummary[]> {
    const rows = await this.db
      .select(summaryColumns)
      .from(programVersions)
      .innerJoin(users, eq(users.id, programVersions.savedBy))
      .where(ofPatient(clinicId, patientId))
      .orderBy(desc(programVersions.version));
    return rows.map(toSummary);
  }

  /**
   * Saves the next version, if the latest is still `baseVersion` (0: the patient has no program yet). `change` gets
   * the program it follows (null for the first) and returns what to save; it may throw to write nothing.
   */
  save(
    scope: PatientScope,
    patientId: string,
    baseVersion: number,
    change: (before: Program | null) => ProgramChange,
    by: SavedBy,
  ): Promise<ProgramWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const current = await latest(tx, scope.clinicId, patientId);
      if ((current?.version ?? 0) !== baseVersion) {
        return current ? { refused: 'stale_version', current } : { refused: 'no_program' };
      }

      const { program, changeSummary } = change(current?.program ?? null);
      const version = baseVersion + 1;
      await tx.insert(programVersions).values({
        clinicId: scope.clinicId,
        patientId,
        version,
        program,
        changeSummary,
        savedBy: by.userId,
        savedAt: by.at ?? this.now(),
      });
      const saved = await latest(tx, scope.clinicId, patientId);
      if (saved?.version !== version)
        throw new Error('the saved program version was not read back');
      return { saved };
    });
  }
}

function ofPatient(clinicId: string, patientId: string) {
  return and(eq(programVersions.patientId, patientId), eq(programVersions.clinicId, clinicId));
}

async function latest(
  db: Database,
  clinicId: string,
  patientId: string,
): Promise<ProgramVersion | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(programVersions)
    .innerJoin(users, eq(users.id, programVersions.savedBy))
    .where(ofPatient(clinicId, patientId))
    .orderBy(desc(programVersions.version))
    .limit(1);
  return row && toVersion(row);
}
