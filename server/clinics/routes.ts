import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clinicLogoParams, clinicSettings, updateClinicRequest } from '@domain/contracts/clinic';
import { checkLogoUpload } from '@domain/clinic/logo-upload';
import { ApiProblem, ConflictWithCurrent } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import { acceptRawImages, rawImageBodyLimit, rawImageOf } from '../raw-image-body';

// A signed-in user's clinic always exists (users reference it); this only answers a database changed under us.
const noClinic = () => new ApiProblem(404, 'not_found', 'Your clinic was not found.');
const noSuchLogo = () => new ApiProblem(404, 'not_found', 'No such logo.');

/**
 * The signed-in user's clinic, /api/clinic: its name, address, phone and logo as every handout prints them. Any
 * member of the clinic reads them; only managers change them, and every change leaves an audit event.
 */
export const clinicRoutes: FastifyPluginAsyncZod = async (app) => {
  const anyMember = { onRequest: app.requireUser() };
  const managers = { onRequest: app.requireUser('manager') };

  const audit = (request: FastifyRequest, action: AuditAction, detail?: Record<string, unknown>) =>
    app.audit.record({
      ...actorOf(request),
      action,
      recordType: 'clinic',
      recordId: request.user.clinicId,
      detail,
    });

  app.get('/', { ...anyMember, schema: { response: { 200: clinicSettings } } }, async (request) => {
    const settings = await app.clinics.settings(request.user.clinicId);
    if (!settings) throw noClinic();
    return settings;
  });

  app.put(
    '/',
    { ...managers, schema: { body: updateClinicRequest, response: { 200: clinicSettings } } },
    async (request) => {
      const { version, ...fields } = request.body;
      const result = await app.clinics.update(request.user.clinicId, version, fields);
      if (result.refused === 'no_clinic') throw noClinic();
      if (result.refused === 'stale_version') {
        throw new ConflictWithCurrent(
          'stale_version',
          "Someone saved the clinic's details after you opened them. Review their changes, then save again.",
          result.current,
        );
      }
      await audit(request, 'clinic.updated', { version: result.saved.version });
      return result.saved;
    },
  );

  acceptRawImages(app);

  app.put(
    '/logo',
    { ...managers, bodyLimit: rawImageBodyLimit, schema: { response: { 200: clinicSettings } } },
    async (request) => {
      const bytes = rawImageOf(request.body);
      const checked = checkLogoUpload(bytes);
      if (checked.problem !== undefined)
        throw new ApiProblem(400, 'invalid_image', checked.problem);
      const added = await app.clinics.addLogo(
        request.user.clinicId,
        { contentType: checked.contentType, bytes },
        { userId: request.user.id },
      );
      if (!added) throw noClinic();
      await audit(request, 'clinic.logo_uploaded', {
        logoId: added.logoId,
        contentType: checked.contentType,
        bytes: bytes.length,
      });
      return added.settings;
    },
  );

  app.delete(
    '/logo',
    { ...managers, schema: { response: { 200: clinicSettings } } },
    async (request) => {
      const { clinicId } = request.user;
      const removed = await app.clinics.clearLogo(clinicId);
      if (removed) await audit(request, 'clinic.logo_removed', { logoId: removed });
      const settings = await app.clinics.settings(clinicId);
      if (!settings) throw noClinic();
      return settings;
    },
  );

  app.get(
    '/logos/:id',
    { ...anyMember, schema: { params: clinicLogoParams } },
    async (request, reply) => {
      const logo = await app.clinics.logo(request.user.clinicId, request.params.id);
      if (!logo) throw noSuchLogo();
      // A logo's bytes never change under its id (clinic_logos is append-only): the browser may keep it for good.
      // Private, because only the clinic's own users may fetch it.
      return reply
        .header('content-type', logo.contentType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(logo.bytes);
    },
  );
};
