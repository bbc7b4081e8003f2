import * as z from 'zod';
import { csvOf } from './query-strings';
import { handoutDocument } from '../handout/handout-document';
import { handoutOptions, handoutLanguages, handoutSections, paperSizes } from '../handout/handout-options';

/**
 * The saved versions a handout prints: null where the patient has no such plan (or the section is left out).
 * The running plan's version is its plan record's version.
 */
export const handoutVersions = z.object({
  program: z.number().int().min(1).nullable(),
  crossTraining: z.number().int().min(1).nullable(),
  running: z.number().int().min(1).nullable(),
});
export type HandoutVersions = z.infer<typeof handoutVersions>;

/**
 * `GET /api/patients/:id/handout/preview?sections=strength,running&paper=a4&largePrint=true&language=es`:
 * the handout as it would print now. Nothing is recorded. Every parameter is optional (defaults:
 * every section, Letter, normal print, English).
 */
export const handoutPreviewQuery = z.object({
  sections: csvOf(handoutSections, 'Unknown handout section.'),
  paper: z.enum(paperSizes, { error: 'Choose Letter or A4.' }).optional(),
  largePrint: z.enum(['true', 'false'], { error: 'Say true or false for large print.' }).optional(),
  language: z.enum(handoutLanguages, { error: 'Choose English or Spanish.' }).optional(),
});
// A query only: never encoded as a response, so csvOf's one-way transform is safe here.

export const handoutPreview = z.object({ versions: handoutVersions, document: handoutDocument });
export type HandoutPreview = z.infer<typeof handoutPreview>;

/**
 * `POST /api/patients/:id/handouts`: record a handout as it is printed. `versions` are those of the preview the
 * therapist checked; if any plan was saved since, the answer is 409 with the preview as it is now, so what is
 * printed is always what was looked at.
 */
export const recordHandoutRequest = z.object({ options: handoutOptions, versions: handoutVersions });
export type RecordHandoutRequest = z.infer<typeof recordHandoutRequest>;

export const handoutRecordSummary = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  printedAt: z.iso.datetime(),
  printedBy: z.object({ id: z.uuid(), displayName: z.string() }),
  options: handoutOptions,
  versions: handoutVersions,
});
export type HandoutRecordSummary = z.infer<typeof handoutRecordSummary>;

/** `GET /api/patients/:id/handouts/:handoutId` (and the 201 of the POST): the record with the handout as printed. */
export const handoutRecord = handoutRecordSummary.extend({ document: handoutDocument });
export type HandoutRecord = z.infer<typeof handoutRecord>;

/** `GET /api/patients/:id/handouts`: every handout printed for the patient, newest first. */
export const handoutHistory = z.object({ handouts: z.array(handoutRecordSummary) });
export type HandoutHistory = z.infer<typeof handoutHistory>;

export const handoutParams = z.object({ id: z.string(), handoutId: z.string() });

/** 409 on the POST: a plan was saved after the preview; this is the preview now. */
export const staleHandoutError = z.object({
  error: z.literal('stale_version'),
  message: z.string(),
  current: handoutPreview,
});

/**
 * `GET /api/patients/:id/handouts/:handoutId/pdf`: the same pages as the print layout, printed by Chromium on the
 * server (application/pdf). 503 with `pdf_unavailable` when the server has no Chromium to print with.
 */
export const pdfUnavailableError = z.object({ error: z.literal('pdf_unavailable'), message: z.string() });
