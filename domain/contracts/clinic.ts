import * as z from 'zod';
import { optionalText, phoneNumber } from './text-fields';

/** The most lines a clinic's address may take: it sits in the handout's header beside the logo. */
export const maxAddressLines = 4;

const clinicName = z
  .string({ error: "Enter the clinic's name." })
  .trim()
  .min(1, { error: "Enter the clinic's name." })
  .max(120, { error: "The clinic's name is at most 120 characters." });

const address = optionalText(300, 'The address').refine(
  (s) => s === null || s.split('\n').length <= maxAddressLines,
  { error: `Fit the address on at most ${maxAddressLines} lines.` },
);

/** What a manager edits on the Clinic page: printed in every handout's header. */
export const clinicFields = z.object({ name: clinicName, address, phone: phoneNumber });
export type ClinicFields = z.output<typeof clinicFields>;

/** Save the clinic's details, naming the version the form started from (409 with the current ones if stale). */
export const updateClinicRequest = clinicFields.extend({
  version: z.number({ error: 'Reload the page and try again.' }).int().min(1),
});
export type UpdateClinicRequest = z.input<typeof updateClinicRequest>;

/**
 * The clinic as any of its signed-in users reads it (GET /api/clinic), and as the handout prints it.
 * `logoUrl` names one uploaded logo for good: a new upload gets a new address, so a printed handout's
 * logo never changes under it.
 */
export const clinicSettings = z.object({
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  logoUrl: z.string().nullable(),
  version: z.number().int(),
});
export type ClinicSettings = z.infer<typeof clinicSettings>;

/** Any text: an id that is not a logo of the signed-in user's clinic answers 404 whatever it looks like. */
export const clinicLogoParams = z.object({ id: z.string() });
