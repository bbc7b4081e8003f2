import { and, desc, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Clock } from '../clock';
import { lockPatient, type PatientScope } from '../patients/repository';
import type { SavedBy } from '../running/plans-repository';
import type { Database } from './database';
import { users } from './schema';

/** Who saved a version, when, and what changed, as the API answers it. */
export interface VersionSummary {
  version: number;
  savedAt: string;
  savedBy: { id: string; displayName: string };
  changeSummary: string;
}

/** One saved version with its document under `key` (`program`, `plan`). */
export type DocumentVersion<Key extends string, Doc> = VersionSummary & Record<Key, Doc>;

/**
 * The outcome of a save: the version saved, or why nothing was written. `no_patient`: no such patient in the
 * scope; `discharged`: the patient's records are closed; `stale_version`: someone saved since the version named;
 * `not_saved_yet`: a version was named but nothing has been saved.
 */
export type DocumentWrite<Version> =
  | { saved: Version; refused?: undefined }
  | { refused: 'no_patient' | 'discharged' | 'not_saved_yet'; saved?: undefined }
  | { refused: 'stale_version'; current: Version; saved?: undefined };

/** A version as written: the same for every version table but for the document's column. */
export interface NewVersionRow<Doc> {
  clinicId: string;
  patientId: string;
  version: number;
  document: Doc;
  changeSummary: string;
  savedBy: string;
  savedAt: Date;
}

/** The columns every append-only version table has (`document` is the JSON the version holds), and its insert. */
export interface VersionColumns<Doc> {
  table: PgTable;
  clinicId: PgColumn;
  patientId: PgColumn;
  version: PgColumn;
  document: PgColumn;
  changeSummary: PgColumn;
  savedBy: PgColumn;
  savedAt: PgColumn;
  /** Writes one row; the concrete table's insert keeps drizzle's types, which a generic table would lose. */
  insert(db: Database, row: NewVersionRow<Doc>): Promise<unknown>;
}

interface SummaryRow {
  version: unknown;
  savedAt: unknown;
  savedBy: { id: string; displayName: string };
  changeSummary: unknown;
}

/**
 * A patient's document (strength program, cross-training plan) kept as the versions saved of it, in a table that
 * refuses UPDATE and DELETE: the highest version is current. A save locks the patient's row, so saves of one
 * patient queue, a discharge cannot slip in between, and the version a save follows is the latest.
 */
export class DocumentVersions<Key extends string, Doc> {
  private readonly summaryColumns;
  private readonly versionColumns;

  constructor(
    private readonly db: Database,
    private readonly now: Clock,
    private readonly columns: VersionColumns<Doc>,
    /** The document's property in the table (`program`, `plan`) and in the API's answer. */
    private readonly key: Key,
  ) {
    this.summaryColumns = {
      version: columns.version,
      savedAt: columns.savedAt,
      savedBy: { id: users.id, displayName: users.displayName },
      changeSummary: columns.changeSummary,
    };
    this.versionColumns = { ...this.summaryColumns, document: columns.document };
  }

  current(clinicId: string, patientId: string): Promise<DocumentVersion<Key, Doc> | undefined> {
    return this.latest(this.db, clinicId, patientId);
  }

  async version(clinicId: string, patientId: string, version: number): Promise<DocumentVersion<Key, Doc> | undefined> {
    const [row] = await this.db
      .select(this.versionColumns)
      .from(this.columns.table)
      .innerJoin(users, eq(users.id, this.columns.savedBy))
      .where(and(this.ofPatient(clinicId, patientId), eq(this.columns.version, version)));
    return row && this.toVersion(row);
  }

  /** Who saved each version, when and what changed, newest first (without the documents). */
  async history(clinicId: string, patientId: string): Promise<VersionSummary[]> {
    const rows = await this.db
      .select(this.summaryColumns)
      .from(this.columns.table)
      .innerJoin(users, eq(users.id, this.columns.savedBy))
      .where(this.ofPatient(clinicId, patientId))
      .orderBy(desc(this.columns.version));
    return rows.map((row) => this.toSummary(row));
  }

  /**
   * Saves the next version if the latest is still `baseVersion` (0 before the first save). `change` gets the
   * document it follows (null for the first) and returns what to save, the document under its key (`program`,
   * `plan`); it may throw to write nothing.
   */
  save(
    scope: PatientScope,
    patientId: string,
    baseVersion: number,
    change: (before: Doc | null) => Record<Key, Doc> & { changeSummary: string },
    by: SavedBy,
  ): Promise<DocumentWrite<DocumentVersion<Key, Doc>>> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const current = await this.latest(tx, scope.clinicId, patientId);
      if ((current?.version ?? 0) !== baseVersion) {
        return current ? { refused: 'stale_version', current } : { refused: 'not_saved_yet' };
      }
      const next = change(current ? current[this.key] : null);
      const version = baseVersion + 1;
      await this.columns.insert(tx, {
        clinicId: scope.clinicId,
        patientId,
        version,
        document: next[this.key],
        changeSummary: next.changeSummary,
        savedBy: by.userId,
        savedAt: by.at ?? this.now(),
      });
      const saved = await this.latest(tx, scope.clinicId, patientId);
      if (saved?.version !== version) throw new Error(`the saved ${this.key} version was not read back`);
      return { saved };
    });
  }

  private ofPatient(clinicId: string, patientId: string) {
    return and(eq(this.columns.patientId, patientId), eq(this.columns.clinicId, clinicId));
  }

  private async latest(db: Database, clinicId: string, patientId: string) {
    const [row] = await db
      .select(this.versionColumns)
      .from(this.columns.table)
      .innerJoin(users, eq(users.id, this.columns.savedBy))
      .where(this.ofPatient(clinicId, patientId))
      .orderBy(desc(this.columns.version))
      .limit(1);
    return row && this.toVersion(row);
  }

  /** The generic columns select as `unknown`; each table's columns hold these types. */
  private toSummary(row: SummaryRow): VersionSummary {
    return {
      version: row.version as number,
      savedAt: (row.savedAt as Date).toISOString(),
      savedBy: row.savedBy,
      changeSummary: row.changeSummary as string,
    };
  }

  private toVersion(row: SummaryRow & { document: unknown }): DocumentVersion<Key, Doc> {
    return { ...this.toSummary(row), [this.key]: row.document as Doc } as DocumentVersion<Key, Doc>;
  }
}
