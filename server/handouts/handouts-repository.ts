import { and, desc, eq } from 'drizzle-orm';
import type {
  HandoutRecord,
  HandoutRecordSummary,
  HandoutVersions,
} from '@domain/contracts/handouts';
import type { HandoutDocument } from '@domain/handout/handout-document';
import type { HandoutOptions } from '@domain/handout/handout-options';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { handouts, users } from '../db/schema';
import { isUuid } from '../patients/access';

export interface NewHandout {
  clinicId: string;
  patientId: string;
  printedBy: string;
  options: HandoutOptions;
  versions: HandoutVersions;
  document: HandoutDocument;
}

const summaryColumns = {
  id: handouts.id,
  patientId: handouts.patientId,
  printedAt: handouts.printedAt,
  printedBy: { id: users.id, displayName: users.displayName },
  options: handouts.options,
  versions: handouts.versions,
};
const recordColumns = { ...summaryColumns, document: handouts.document };

type SummaryRow = Omit<HandoutRecordSummary, 'printedAt'> & { printedAt: Date };
const toSummary = (row: SummaryRow): HandoutRecordSummary => ({
  ...row,
  printedAt: row.printedAt.toISOString(),
});

/**
 * Handouts as printed (append-only `handouts`). Callers check that the patient is theirs to reach; every query also
 * names the clinic and the patient, so a handout id from elsewhere is as unknown as one that does not exist.
 */
export class HandoutsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  async record(handout: NewHandout): Promise<HandoutRecord> {
    const [{ id }] = await this.db
      .insert(handouts)
      .values({ ...handout, printedAt: this.now() })
      .returning({ id: handouts.id });
    const saved = await this.find(handout.clinicId, handout.patientId, id);
    if (!saved) throw new Error(`handout ${id} was not read back`);
    return saved;
  }

  /** Every handout printed for the patient, newest first, without the documents. */
  async history(clinicId: string, patientId: string): Promise<HandoutRecordSummary[]> {
    const rows = await this.db
      .select(summaryColumns)
      .from(handouts)
      .innerJoin(users, eq(users.id, handouts.printedBy))
      .where(and(eq(handouts.patientId, patientId), eq(handouts.clinicId, clinicId)))
      .orderBy(desc(handouts.printedAt), desc(handouts.id));
    return rows.map(toSummary);
  }

  async find(clinicId: string, patientId: string, id: string): Promise<HandoutRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select(recordColumns)
      .from(handouts)
      .innerJoin(users, eq(users.id, handouts.printedBy))
      .where(
        and(
          eq(handouts.id, id),
          eq(handouts.patientId, patientId),
          eq(handouts.clinicId, clinicId),
        ),
      );
    return row && { ...toSummary(row), document: row.document };
  }
}
