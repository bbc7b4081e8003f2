import * as z from 'zod';
import { crossTrainingPlan } from '../cross-training/plan';

/** The version a save starts from: 0 before the first save. A newer save by someone else answers 409. */
const baseVersion = z
  .number({ error: 'Send the version the plan was read at.' })
  .int({ error: 'Send the version the plan was read at.' })
  .min(0, { error: 'Send the version the plan was read at.' });

/** Save the patient's cross-training plan as a new, immutable version. */
export const saveCrossTrainingRequest = z.object({
  version: baseVersion,
  plan: crossTrainingPlan,
  changeSummary: z
    .string()
    .trim()
    .max(200, { error: 'The change summary is at most 200 characters.' })
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  // A request body only: never encoded as a response, so the one-way transform above is safe.
});
export type SaveCrossTrainingRequest = z.input<typeof saveCrossTrainingRequest>;

export const crossTrainingVersionSummary = z.object({
  version: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  savedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  changeSummary: z.string(),
});
export type CrossTrainingVersionSummary = z.infer<typeof crossTrainingVersionSummary>;

export const crossTrainingVersion = crossTrainingVersionSummary.extend({ plan: crossTrainingPlan });
export type CrossTrainingVersion = z.output<typeof crossTrainingVersion>;

export const crossTrainingHistory = z.object({ versions: z.array(crossTrainingVersionSummary) });
export type CrossTrainingHistory = z.infer<typeof crossTrainingHistory>;

/** `GET /api/patients/:id/cross-training`: the latest version, or null before the first save. */
export const crossTrainingResponse = z.object({ current: crossTrainingVersion.nullable() });
export type CrossTrainingResponse = z.output<typeof crossTrainingResponse>;

export const crossTrainingVersionParams = z.object({
  id: z.string(),
  version: z.coerce
    .number({ error: 'Unknown version.' })
    .int({ error: 'Unknown version.' })
    .min(1, { error: 'Unknown version.' }),
});

/** A save over someone else's newer save: theirs comes back so the therapist can compare before choosing. */
export const staleCrossTrainingError = z.object({
  error: z.literal('stale_version'),
  message: z.string(),
  current: crossTrainingVersion,
});
