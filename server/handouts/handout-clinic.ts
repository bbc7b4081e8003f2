import { eq } from 'drizzle-orm';
import type { HandoutClinic } from '@domain/handout/handout-sources';
import type { Database } from '../db/database';
import { clinics } from '../db/schema';

/**
 * The clinic's header on a handout. The one place that says where it comes from: for now the clinic's name only;
 * the address, phone and logo will come from the clinic settings managers edit (issue 8), connected here.
 */
export async function handoutClinic(db: Database, clinicId: string): Promise<HandoutClinic> {
  const [clinic] = await db
    .select({ name: clinics.name })
    .from(clinics)
    .where(eq(clinics.id, clinicId));
  if (!clinic) throw new Error(`clinic ${clinicId} of a signed-in user does not exist`);
  return { name: clinic.name, address: null, phone: null, logoUrl: null };
}
