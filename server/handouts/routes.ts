import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fieldErrors } from '@domain/contracts/api-error';
import {
  handoutHistory,
  handoutParams,
  handoutPreview,
  handoutPreviewQuery,
  handoutRecord,
  pdfUnavailableError,
  recordHandoutRequest,
  staleHandoutError,
} from '@domain/contracts/handouts';
import { patientParams } from '@domain/contracts/patients';
import {
  defaultHandoutOptions,
  handoutOptions,
  type HandoutOptions,
} from '@domain/handout/handout-options';
import { sameVersions } from '@domain/handout/handout-versions';
import type * as z from 'zod';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import type { Clock } from '../clock';
import { malformedPatientIdCheck, visiblePatient } from '../patients/access';
import { sessionCookieName } from '../plugins/session';
import { currentHandout } from './current-handout';
import type { PdfPrinter } from './pdf-printer';
import { printOrigin } from './print-origin';

/** The options a preview's query string names, over the defaults; 400 with field messages when they do not hold. */
function previewOptions(query: z.output<typeof handoutPreviewQuery>): HandoutOptions {
  const parsed = handoutOptions.safeParse({
    sections: query.sections ?? defaultHandoutOptions.sections,
    paper: query.paper ?? defaultHandoutOptions.paper,
    largePrint:
      query.largePrint === undefined
        ? defaultHandoutOptions.largePrint
        : query.largePrint === 'true',
    language: query.language ?? defaultHandoutOptions.language,
  });
  if (!parsed.success) throw invalidFields(fieldErrors(parsed.error.issues));
  return parsed.data;
}

type PdfUnavailable = z.infer<typeof pdfUnavailableError>;
const pdfUnavailable = (message: string) => {
  const body: PdfUnavailable = { error: 'pdf_unavailable', message };
  return new ApiProblem(503, body.error, body.message);
};
const noChromium =
  'This server cannot make PDFs (no Chromium). Use Print and choose "Save as PDF" instead.';
const printFailed =
  'The PDF could not be made just now. Use Print and choose "Save as PDF" instead.';

const noHandout = () => new ApiProblem(404, 'not_found', 'No such handout for this patient.');

/**
 * A patient's printed handouts, under /api/patients/:id: the preview as it would print now, the record of each
 * handout printed (versions, options, who, when, and the document as printed), its reprint and its PDF. Who may
 * reach them is who may reach the patient (patients/access.ts): anyone else gets the 404 of an unknown patient,
 * audited. Every read and write leaves an audit event.
 */
export const handoutRoutes: FastifyPluginAsyncZod<{ now: Clock; printer: PdfPrinter }> = async (
  app,
  { now, printer },
) => {
  app.addHook('onRequest', app.requireUser());
  app.addHook('preHandler', malformedPatientIdCheck(app));

  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    patientId: string,
    detail: Record<string, unknown>,
  ) =>
    app.audit.record({
      ...actorOf(request),
      action,
      recordType: 'handout',
      recordId: patientId,
      detail,
    });

  app.get(
    '/:id/handout/preview',
    {
      schema: {
        params: patientParams,
        querystring: handoutPreviewQuery,
        response: { 200: handoutPreview },
      },
    },
    async (request) => {
      const { id } = request.params;
      const patient = await visiblePatient(app, request, id);
      const options = previewOptions(request.query);
      const preview = await currentHandout(app, request.user.clinicId, patient, options, now);
      await audit(request, 'handout.previewed', id, { options, versions: preview.versions });
      return preview;
    },
  );

  app.post(
    '/:id/handouts',
    {
      schema: {
        params: patientParams,
        body: recordHandoutRequest,
        response: { 201: handoutRecord, 409: staleHandoutError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { options, versions } = request.body;
      const patient = await visiblePatient(app, request, id);
      const current = await currentHandout(app, request.user.clinicId, patient, options, now);
      if (!sameVersions(versions, current.versions)) {
        await audit(request, 'handout.previewed', id, {
          options,
          versions: current.versions,
          because: 'stale_version',
          sentVersions: versions,
        });
        throw new ConflictWithCurrent(
          'stale_version',
          'A plan was saved after you looked at this handout. Check the handout as it is now, then print it.',
          current,
        );
      }
      const saved = await app.handouts.record({
        clinicId: request.user.clinicId,
        patientId: id,
        printedBy: request.user.id,
        options,
        versions,
        document: current.document,
      });
      await audit(request, 'handout.recorded', id, { handoutId: saved.id, options, versions });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/:id/handouts',
    { schema: { params: patientParams, response: { 200: handoutHistory } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const handouts = await app.handouts.history(request.user.clinicId, id);
      await audit(request, 'handout.history_viewed', id, { handouts: handouts.length });
      return { handouts };
    },
  );

  app.get(
    '/:id/handouts/:handoutId',
    { schema: { params: handoutParams, response: { 200: handoutRecord } } },
    async (request) => {
      const { id, handoutId } = request.params;
      await visiblePatient(app, request, id);
      const found = await app.handouts.find(request.user.clinicId, id, handoutId);
      if (!found) throw noHandout();
      await audit(request, 'handout.viewed', id, { handoutId });
      return found;
    },
  );

  app.get(
    '/:id/handouts/:handoutId/pdf',
    { schema: { params: handoutParams } },
    async (request, reply) => {
      const { id, handoutId } = request.params;
      await visiblePatient(app, request, id);
      const found = await app.handouts.find(request.user.clinicId, id, handoutId);
      if (!found) throw noHandout();
      const origin = printOrigin(app.server);
      if (!printer.available || !origin) throw pdfUnavailable(noChromium);
      let pdf: Buffer;
      try {
        pdf = await printer.print({
          url: `${origin}/patients/${id}/handouts/${handoutId}/print?print=1`,
          cookie: { name: sessionCookieName, value: request.cookies[sessionCookieName] ?? '' },
          paper: found.options.paper,
        });
      } catch (error) {
        // Chromium failed to start, or the print layout never became ready: the user can still Print.
        request.log.error({ err: error }, 'handout PDF failed');
        throw pdfUnavailable(printFailed);
      }
      await audit(request, 'handout.pdf_downloaded', id, { handoutId, bytes: pdf.length });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="handout-${found.printedAt.slice(0, 10)}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
