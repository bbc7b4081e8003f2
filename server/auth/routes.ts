import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authErrors, currentUser, loginRequest, type CurrentUser } from '@domain/contracts/auth';
import { ApiProblem } from '../api-problem';
import type { Clock } from '../clock';
import { formatMinutes } from '../format-minutes';
import type { SignedInUser } from '../plugins/session';
import { LoginThrottle } from './login-throttle';
import { verifyAgainstDummy, verifyPassword } from './passwords';

const invalidCredentials = () =>
  new ApiProblem(401, authErrors.invalidCredentials, 'Email or password is incorrect.');

export const authRoutes: FastifyPluginAsyncZod<{ now: Clock }> = async (app, { now }) => {
  const throttle = new LoginThrottle(now);

  app.post(
    '/login',
    { schema: { body: loginRequest, response: { 200: currentUser } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const clientAddress = request.ip;
      const attempt = { clinicId: null, actorUserId: null, clientAddress, recordType: 'user' };

      const waitSeconds = throttle.retryAfterSeconds(email, clientAddress);
      if (waitSeconds > 0) {
        await app.audit.record({ ...attempt, action: 'auth.login_throttled', detail: { email } });
        reply.header('retry-after', String(waitSeconds));
        throw new ApiProblem(
          429,
          authErrors.tooManyAttempts,
          `Too many sign-in attempts. Try again in ${formatMinutes(Math.ceil(waitSeconds / 60))}.`,
        );
      }

      // The three failures look alike from outside: same status, same message, a hash verified every time.
      const account = await app.users.findForSignIn(email);
      const passwordMatches = account
        ? await verifyPassword(account.passwordHash, password)
        : await verifyAgainstDummy(password);
      if (!account || !passwordMatches || !account.active) {
        throttle.recordFailure(email, clientAddress);
        const reason = !account
          ? 'unknown_email'
          : !passwordMatches
            ? 'wrong_password'
            : 'inactive_account';
        await app.audit.record({
          ...attempt,
          action: 'auth.login_failed',
          clinicId: account?.clinicId ?? null,
          recordId: account?.id,
          detail: { email, reason },
        });
        throw invalidCredentials();
      }

      throttle.clear(email);
      await reply.startSession(account.id);
      await app.audit.record({
        ...attempt,
        action: 'auth.login_succeeded',
        clinicId: account.clinicId,
        actorUserId: account.id,
        recordId: account.id,
      });
      return toCurrentUser(account);
    },
  );

  // Open to signed-out requests too: signing out twice, or after the session expired, is not an error.
  app.post('/logout', async (request, reply) => {
    const user = await reply.endSession();
    if (user) {
      await app.audit.record({
        action: 'auth.logged_out',
        clinicId: user.clinicId,
        actorUserId: user.id,
        clientAddress: request.ip,
        recordType: 'user',
        recordId: user.id,
      });
    }
    return reply.code(204).send();
  });

  app.get(
    '/me',
    { onRequest: app.requireUser(), schema: { response: { 200: currentUser } } },
    async (request) => toCurrentUser(request.user),
  );
};

function toCurrentUser(user: Omit<SignedInUser, 'sessionIdHash'>): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    clinic: { id: user.clinicId, name: user.clinicName },
  };
}
