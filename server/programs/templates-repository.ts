import { and, asc, eq, sql } from 'drizzle-orm';
import type * as z from 'zod';
import type { saveTemplateRequest, TemplateResponse } from '@domain/contracts/programs';
import { builtInTemplate, builtInTemplates } from '@domain/programs/templates';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { clinicTemplates } from '../db/schema';
import { isUuid } from '../patients/access';
import type { SavedBy } from '../running/plans-repository';

export type TemplateFields = z.output<typeof saveTemplateRequest>;

const templateColumns = {
  id: clinicTemplates.id,
  name: clinicTemplates.name,
  summary: clinicTemplates.summary,
  diagnoses: clinicTemplates.diagnoses,
  program: clinicTemplates.program,
};
type TemplateRow = {
  [K in keyof typeof templateColumns]: (typeof clinicTemplates.$inferSelect)[K];
};

// A clinic's own template cites no source; its summary is optional, and the contract's is text.
const clinicTemplate = (row: TemplateRow): TemplateResponse => ({
  ...row,
  summary: row.summary ?? '',
  sources: [],
  builtIn: false,
});

const builtIns: TemplateResponse[] = builtInTemplates.map((t) => ({ ...t, builtIn: true }));

/**
 * Program templates: the built-in protocols (domain/programs/templates, with their sources) and the ones each clinic
 * saved from its programs. A clinic's templates are its own: every query names the clinic.
 */
export class TemplatesRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** The built-in templates first, then the clinic's by name. */
  async list(clinicId: string): Promise<TemplateResponse[]> {
    const rows = await this.db
      .select(templateColumns)
      .from(clinicTemplates)
      .where(eq(clinicTemplates.clinicId, clinicId))
      .orderBy(asc(sql`lower(${clinicTemplates.name})`));
    return [...builtIns, ...rows.map(clinicTemplate)];
  }

  /** A built-in template or one of the clinic's, or undefined. */
  async find(clinicId: string, id: string): Promise<TemplateResponse | undefined> {
    const builtIn = builtInTemplate(id);
    if (builtIn) return { ...builtIn, builtIn: true };
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select(templateColumns)
      .from(clinicTemplates)
      .where(and(eq(clinicTemplates.id, id), eq(clinicTemplates.clinicId, clinicId)));
    return row && clinicTemplate(row);
  }

  /** Saves a clinic template; undefined when the clinic already has one of that name (whatever the case). */
  async create(
    clinicId: string,
    fields: TemplateFields,
    by: SavedBy,
  ): Promise<TemplateResponse | undefined> {
    const [row] = await this.db
      .insert(clinicTemplates)
      .values({ ...fields, clinicId, createdBy: by.userId, createdAt: by.at ?? this.now() })
      .onConflictDoNothing()
      .returning(templateColumns);
    return row && clinicTemplate(row);
  }
}
