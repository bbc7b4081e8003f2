import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseloadQuery, caseloadSummary } from '@domain/contracts/caseload';
import { actorOf } from '../audit/actor';
import { scopeOf } from '../patients/access';

/**
 * The caseload dashboard, /api/caseload. A manager sees the clinic, or one therapist with `therapistId`; a
 * therapist always sees their own caseload, whoever they ask for (the issue: "a therapist asking for another
 * therapist's figures gets only their own"), and the answer's `therapistId` says whose figures they are. The
 * figures summarise health data (flags come from pain scores), so every read is audited like a patient list.
 */
export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());

  app.get(
    '/summary',
    { schema: { querystring: caseloadQuery, response: { 200: caseloadSummary } } },
    async (request) => {
      const { user, query } = request;
      const { therapistId: asked, ...filters } = query;
      const scope =
        user.role === 'therapist' ? scopeOf(user) : { ...scopeOf(user), therapistId: asked };
      const summary = await app.caseload.summary(scope, filters, user.role === 'manager');
      await app.audit.record({
        ...actorOf(request),
        action: 'caseload.viewed',
        recordType: 'caseload',
        recordId: null,
        detail: {
          query,
          therapistId: summary.therapistId,
          ...(asked && asked !== summary.therapistId ? { askedFor: asked } : {}),
        },
      });
      return summary;
    },
  );
};
