import type { FastifyRequest } from 'fastify';
import type { AuditEvent } from './repository';

/** The who-and-where of an audit event made by the signed-in user of this request. */
export function actorOf(
  request: FastifyRequest,
): Pick<AuditEvent, 'clinicId' | 'actorUserId' | 'clientAddress'> {
  return {
    clinicId: request.user.clinicId,
    actorUserId: request.user.id,
    clientAddress: request.ip,
  };
}
