import * as z from 'zod';
import { program } from '../programs/program';
import { programTemplate, templateApplyModes } from '../programs/templates';
import { diagnosis } from './patients';
import { optionalText } from './text-fields';

/**
 * The version a save starts from: 0 when the patient has no program yet. The server answers 409 with the current
 * version when someone saved in between, and the therapist chooses to see theirs or keep this one as the next version.
 */
const baseVersion = z
  .number({ error: 'Send the version the program was read at.' })
  .int({ error: 'Send the version the program was read at.' })
  .min(0, { error: 'Send the version the program was read at.' });

/** Save the patient's program as a new, immutable version. Doses outside their limits are 400 with field errors. */
export const saveProgramRequest = z.object({
  version: baseVersion,
  program,
  changeSummary: optionalText(200, 'The change summary'),
});
export type SaveProgramRequest = z.input<typeof saveProgramRequest>;

/** Copy a template (built-in or the clinic's) into the patient's program and save it as a new version. */
export const applyTemplateRequest = z.object({
  version: baseVersion,
  templateId: z
    .string({ error: 'Choose a template.' })
    .min(1, { error: 'Choose a template.' })
    .max(60, { error: 'Unknown template.' }),
  mode: z
    .enum(templateApplyModes, { error: 'Replace the program or add to it.' })
    .default('replace'),
});
export type ApplyTemplateRequest = z.input<typeof applyTemplateRequest>;

/** Save a program as one of the clinic's templates. */
export const saveTemplateRequest = z.object({
  name: z
    .string({ error: 'Name the template.' })
    .trim()
    .min(1, { error: 'Name the template.' })
    .max(80, { error: 'The name is at most 80 characters.' }),
  summary: optionalText(500, 'The summary'),
  diagnoses: z.array(diagnosis).default([]),
  program,
});
export type SaveTemplateRequest = z.input<typeof saveTemplateRequest>;

/** One saved version: who saved it, when, and what changed. */
export const programVersionSummary = z.object({
  version: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  savedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  changeSummary: z.string().nullable(),
});
export type ProgramVersionSummary = z.infer<typeof programVersionSummary>;

export const programVersion = programVersionSummary.extend({ program });
export type ProgramVersion = z.infer<typeof programVersion>;

export const programHistory = z.object({ versions: z.array(programVersionSummary) });
export type ProgramHistory = z.infer<typeof programHistory>;

/** `/api/patients/:id/program/versions/:version`; the patient id is any text, as in patientParams. */
export const programVersionParams = z.object({
  id: z.string(),
  version: z.coerce
    .number({ error: 'Unknown version.' })
    .int({ error: 'Unknown version.' })
    .min(1, { error: 'Unknown version.' }),
});

/** A save over someone else's newer save: their version, so the therapist can compare before choosing. */
export const staleProgramError = z.object({
  error: z.literal('stale_version'),
  message: z.string(),
  current: programVersion,
});

export const templateResponse = programTemplate.extend({ builtIn: z.boolean() });
export type TemplateResponse = z.infer<typeof templateResponse>;
export const templateList = z.object({ templates: z.array(templateResponse) });
export type TemplateList = z.infer<typeof templateList>;

/** `GET /api/patients/:id/program`: the current (latest) version, or null before the first save. */
export const programResponse = z.object({ current: programVersion.nullable() });
export type ProgramResponse = z.infer<typeof programResponse>;
