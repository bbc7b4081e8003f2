import type { HandoutClinic } from '@domain/handout/handout-sources';
import type { ClinicsRepository } from '../clinics/repository';

/**
 * The clinic's header on a handout, from the settings managers edit on the Clinic page: name, address, phone and
 * the logo uploaded now (an immutable logo version, so a reprint finds the same picture).
 */
export async function handoutClinic(
  clinics: ClinicsRepository,
  clinicId: string,
): Promise<HandoutClinic> {
  const settings = await clinics.settings(clinicId);
  if (!settings) throw new Error(`clinic ${clinicId} of a signed-in user does not exist`);
  const { name, address, phone, logoUrl } = settings;
  return { name, address, phone, logoUrl };
}
