import type { Program } from '@domain/programs/program';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { DocumentVersions, type DocumentWrite, type DocumentVersion } from '../db/document-versions';
import { programVersions } from '../db/schema';

export type ProgramWrite = DocumentWrite<DocumentVersion<'program', Program>>;

/** A patient's strength program as its saved versions (append-only `program_versions`; the highest is current). */
export class ProgramsRepository extends DocumentVersions<'program', Program> {
  constructor(db: Database, now: Clock) {
    super(
      db,
      now,
      {
        table: programVersions,
        clinicId: programVersions.clinicId,
        patientId: programVersions.patientId,
        version: programVersions.version,
        document: programVersions.program,
        changeSummary: programVersions.changeSummary,
        savedBy: programVersions.savedBy,
        savedAt: programVersions.savedAt,
        insert: (tx, { document, ...row }) => tx.insert(programVersions).values({ ...row, program: document }),
      },
      'program',
    );
  }
}
