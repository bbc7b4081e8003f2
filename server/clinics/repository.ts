import { asc } from 'drizzle-orm';
import type { Database } from '../db/database';
import { clinics } from '../db/schema';

export interface Clinic {
  id: string;
  name: string;
  address: string | null;
  phone: string | null;
}

export type NewClinic = Omit<Clinic, 'id'>;

const clinicColumns = {
  id: clinics.id,
  name: clinics.name,
  address: clinics.address,
  phone: clinics.phone,
};

export class ClinicsRepository {
  constructor(private readonly db: Database) {}

  list(): Promise<Clinic[]> {
    return this.db.select(clinicColumns).from(clinics).orderBy(asc(clinics.name));
  }

  async create(clinic: NewClinic): Promise<Clinic> {
    const [row] = await this.db.insert(clinics).values(clinic).returning(clinicColumns);
    return row;
  }
}
