import { and, asc, eq, sql } from 'drizzle-orm';
import type { ClinicFields, ClinicSettings } from '@domain/contracts/clinic';
import type { ImageContentType } from '@domain/illustrations/image-upload';
import { systemClock, type Clock } from '../clock';
import type { Database } from '../db/database';
import { clinicLogos, clinics } from '../db/schema';
import { isUuid } from '../patients/access';

export interface Clinic {
  id: string;
  name: string;
  address: string | null;
  phone: string | null;
}

export type NewClinic = Omit<Clinic, 'id'>;

export interface ClinicLogo {
  contentType: ImageContentType;
  bytes: Buffer;
}

export type ClinicUpdate =
  | { saved: ClinicSettings; refused?: undefined }
  | { refused: 'stale_version'; current: ClinicSettings }
  | { refused: 'no_clinic' };

/** Where a logo is served: its own id, never "the current logo", so a printed handout's logo stays what it was. */
export const clinicLogoUrl = (logoId: string) => `/api/clinic/logos/${logoId}`;

const clinicColumns = {
  id: clinics.id,
  name: clinics.name,
  address: clinics.address,
  phone: clinics.phone,
};

const settingsColumns = {
  name: clinics.name,
  address: clinics.address,
  phone: clinics.phone,
  logoId: clinics.logoId,
  version: clinics.version,
};

interface SettingsRow extends Omit<ClinicSettings, 'logoUrl'> {
  logoId: string | null;
}

function toSettings({ logoId, name, address, phone, version }: SettingsRow): ClinicSettings {
  return { name, address, phone, logoUrl: logoId ? clinicLogoUrl(logoId) : null, version };
}

export class ClinicsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  list(): Promise<Clinic[]> {
    return this.db.select(clinicColumns).from(clinics).orderBy(asc(clinics.name));
  }

  async create(clinic: NewClinic): Promise<Clinic> {
    const [row] = await this.db.insert(clinics).values(clinic).returning(clinicColumns);
    return row;
  }

  /** The clinic's header as the Clinic page edits it and the handout prints it; undefined for an unknown clinic. */
  async settings(clinicId: string): Promise<ClinicSettings | undefined> {
    const [row] = await this.db
      .select(settingsColumns)
      .from(clinics)
      .where(eq(clinics.id, clinicId));
    return row && toSettings(row);
  }

  /** Saves the fields if nobody saved since `version`; otherwise says so with the clinic as it is now. */
  async update(clinicId: string, version: number, fields: ClinicFields): Promise<ClinicUpdate> {
    const [row] = await this.db
      .update(clinics)
      .set({ ...fields, version: sql`${clinics.version} + 1` })
      .where(and(eq(clinics.id, clinicId), eq(clinics.version, version)))
      .returning(settingsColumns);
    if (row) return { saved: toSettings(row) };
    const current = await this.settings(clinicId);
    return current ? { refused: 'stale_version', current } : { refused: 'no_clinic' };
  }

  /** Keeps a new logo for good and prints it from now on. */
  async addLogo(
    clinicId: string,
    logo: ClinicLogo,
    by: { userId: string },
  ): Promise<{ settings: ClinicSettings; logoId: string } | undefined> {
    return this.db.transaction(async (tx) => {
      const [added] = await tx
        .insert(clinicLogos)
        .values({ clinicId, ...logo, uploadedBy: by.userId, uploadedAt: this.now() })
        .returning({ id: clinicLogos.id });
      const [row] = await tx
        .update(clinics)
        .set({ logoId: added.id })
        .where(eq(clinics.id, clinicId))
        .returning(settingsColumns);
      return row && { settings: toSettings(row), logoId: added.id };
    });
  }

  /**
   * Prints no logo from now on; the logo itself stays, for the handouts already printed with it. Returns the
   * logo that was printed until now (undefined when there was none).
   */
  async clearLogo(clinicId: string): Promise<string | undefined> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx
        .select({ logoId: clinics.logoId })
        .from(clinics)
        .where(eq(clinics.id, clinicId))
        .for('update');
      if (!before?.logoId) return undefined;
      await tx.update(clinics).set({ logoId: null }).where(eq(clinics.id, clinicId));
      return before.logoId;
    });
  }

  /** One of the clinic's logos, current or past; never another clinic's. */
  async logo(clinicId: string, logoId: string): Promise<ClinicLogo | undefined> {
    if (!isUuid(logoId)) return undefined;
    const [row] = await this.db
      .select({ contentType: clinicLogos.contentType, bytes: clinicLogos.bytes })
      .from(clinicLogos)
      .where(and(eq(clinicLogos.id, logoId), eq(clinicLogos.clinicId, clinicId)));
    return row;
  }
}
