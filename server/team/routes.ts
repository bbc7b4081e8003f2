import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTeamMemberRequest,
  resetPasswordRequest,
  setActiveRequest,
  teamList,
  teamMember,
  teamMemberParams,
  therapistList,
  type TeamMember,
} from '@domain/contracts/team';
import { ApiProblem } from '../api-problem';
import { actorOf } from '../audit/actor';
import { hashPassword } from '../auth/passwords';
import type { User } from '../users/repository';

// A member of another clinic gets the same reply as an id that does not exist: ids reveal nothing.
const notFound = () =>
  new ApiProblem(404, 'not_found', 'There is no such team member in your clinic.');

/** The clinic's staff accounts, for its managers only. */
export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser('manager'));

  app.get('/', { schema: { response: { 200: teamList } } }, async (request) => {
    const members = await app.users.listForClinic(request.user.clinicId);
    await app.audit.record({
      ...actorOf(request),
      action: 'team.listed',
      recordType: 'clinic',
      recordId: request.user.clinicId,
    });
    return { members: members.map(toTeamMember) };
  });

  app.post(
    '/',
    { schema: { body: createTeamMemberRequest, response: { 201: teamMember } } },
    async (request, reply) => {
      const { password, ...member } = request.body;
      const created = await app.users.create({
        ...member,
        clinicId: request.user.clinicId,
        passwordHash: await hashPassword(password),
      });
      if (!created) {
        throw new ApiProblem(409, 'email_taken', 'That email address already has an account.', {
          email: ['This email address already has a Stride Rx account.'],
        });
      }
      await app.audit.record({
        ...actorOf(request),
        action: 'team.member_created',
        recordType: 'user',
        recordId: created.id,
        detail: { email: created.email, role: created.role },
      });
      return reply.code(201).send(toTeamMember(created));
    },
  );

  app.put(
    '/:id/active',
    { schema: { params: teamMemberParams, body: setActiveRequest, response: { 200: teamMember } } },
    async (request) => {
      const { id } = request.params;
      const { active } = request.body;
      if (!active && id === request.user.id) {
        throw new ApiProblem(
          409,
          'cannot_deactivate_self',
          'You cannot deactivate your own account. Ask another manager to do it.',
        );
      }
      const member = await app.users.setActive(request.user.clinicId, id, active);
      if (!member) throw notFound();
      await app.audit.record({
        ...actorOf(request),
        action: active ? 'team.member_activated' : 'team.member_deactivated',
        recordType: 'user',
        recordId: id,
      });
      return toTeamMember(member);
    },
  );

  app.put(
    '/:id/password',
    { schema: { params: teamMemberParams, body: resetPasswordRequest } },
    async (request, reply) => {
      const { id } = request.params;
      const keepSession = id === request.user.id ? request.user.sessionIdHash : undefined;
      const passwordHash = await hashPassword(request.body.password);
      if (!(await app.users.setPasswordHash(request.user.clinicId, id, passwordHash, keepSession)))
        throw notFound();
      await app.audit.record({
        ...actorOf(request),
        action: 'team.password_reset',
        recordType: 'user',
        recordId: id,
      });
      return reply.code(204).send();
    },
  );
};

/** Whom patients can be assigned to, /api/therapists: for any signed-in user, so names only. */
export const therapistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());

  app.get('/', { schema: { response: { 200: therapistList } } }, async (request) => {
    const therapists = await app.users.listActiveTherapists(request.user.clinicId);
    return { therapists: therapists.map(({ id, displayName }) => ({ id, displayName })) };
  });
};

function toTeamMember(user: User): TeamMember {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}
