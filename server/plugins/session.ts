import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { authErrors } from '@domain/contracts/auth';
import type { Role } from '@domain/contracts/users';
import { ApiProblem } from '../api-problem';
import type { SessionWithUser } from '../auth/repository';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import type { Clock } from '../clock';
import { formatMinutes } from '../format-minutes';

export const sessionCookieName = 'stride_session';
/** However active, a session ends 12 hours after sign-in: about one clinic day. */
const sessionLifetimeMs = 12 * 60 * 60_000;

/** Who is asking, on routes behind requireUser(). */
export interface SignedInUser {
  id: string;
  clinicId: string;
  clinicName: string;
  email: string;
  displayName: string;
  role: Role;
  /** The current session's id hash, for operations that keep this session and end the user's others. */
  sessionIdHash: string;
}

type AuthHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * An onRequest hook letting through only requests with a live session, and with `role` when given:
     * `{ onRequest: app.requireUser() }` or, for a whole plugin, `app.addHook('onRequest', app.requireUser('manager'))`.
     */
    requireUser(role?: Role): AuthHook;
  }
  interface FastifyRequest {
    /** The signed-in user. Set by requireUser(); reading it on a route without that hook throws. */
    readonly user: SignedInUser;
  }
  interface FastifyReply {
    /** Starts a session for this user and sets its cookie (ending the session the request came with, if any). */
    startSession(userId: string): Promise<void>;
    /** Ends the request's session, if any, and clears the cookie. Returns whose session it was. */
    endSession(): Promise<SessionWithUser['user'] | undefined>;
  }
}

export interface SessionPluginOptions {
  idleMinutes: number;
  now: Clock;
}

export const sessionPlugin = fp<SessionPluginOptions>(
  async (app, { idleMinutes, now }) => {
    const idleMs = idleMinutes * 60_000;
    // Writing last_seen_at on every request would double the database work of a busy page; the idle check
    // stays accurate to within a tenth of the idle limit (and at most a minute).
    const touchEveryMs = Math.min(60_000, idleMs / 10);
    const signedIn = new WeakMap<FastifyRequest, SignedInUser>();

    app.decorateRequest('user', {
      getter(this: FastifyRequest) {
        const user = signedIn.get(this);
        if (!user)
          throw new Error(
            `request.user read on ${this.method} ${this.url}, which has no requireUser() hook`,
          );
        return user;
      },
    });

    app.decorate('requireUser', (role?: Role): AuthHook => {
      return async (request, reply) => {
        const user = await authenticate(request, reply);
        if (role && user.role !== role) {
          throw new ApiProblem(403, authErrors.forbidden, `Only ${role}s can do this.`);
        }
        signedIn.set(request, user);
      };
    });

    app.decorateReply('startSession', async function (this: FastifyReply, userId: string) {
      const previous = this.request.cookies[sessionCookieName];
      if (previous) await app.sessions.delete(hashSessionToken(previous));
      const at = now();
      await app.sessions.deleteEnded(
        new Date(at.getTime() - idleMs),
        new Date(at.getTime() - sessionLifetimeMs),
      );
      const token = newSessionToken();
      await app.sessions.create({
        idHash: hashSessionToken(token),
        userId,
        clientAddress: this.request.ip,
        at,
      });
      this.setCookie(sessionCookieName, token, cookieOptions(this.request));
    });

    app.decorateReply('endSession', async function (this: FastifyReply) {
      const token = this.request.cookies[sessionCookieName];
      this.clearCookie(sessionCookieName, cookieOptions(this.request));
      if (!token) return undefined;
      const session = await app.sessions.findWithUser(hashSessionToken(token));
      if (session) await app.sessions.delete(session.idHash);
      return session?.user;
    });

    async function authenticate(
      request: FastifyRequest,
      reply: FastifyReply,
    ): Promise<SignedInUser> {
      const token = request.cookies[sessionCookieName];
      const session = token ? await app.sessions.findWithUser(hashSessionToken(token)) : undefined;
      if (!session?.user.active) {
        if (session) await app.sessions.delete(session.idHash);
        if (token) reply.clearCookie(sessionCookieName, cookieOptions(request));
        throw new ApiProblem(401, authErrors.signedOut, 'You are signed out. Sign in to continue.');
      }

      const at = now().getTime();
      const endedBecause =
        at - session.createdAt.getTime() > sessionLifetimeMs
          ? 'Your session ended after 12 hours, the longest a session lasts. Sign in again to continue.'
          : at - session.lastSeenAt.getTime() > idleMs
            ? `Your session ended after ${formatMinutes(idleMinutes)} without activity. Sign in again to continue.`
            : undefined;
      if (endedBecause) {
        await app.sessions.delete(session.idHash);
        reply.clearCookie(sessionCookieName, cookieOptions(request));
        throw new ApiProblem(401, authErrors.sessionExpired, endedBecause);
      }

      if (at - session.lastSeenAt.getTime() >= touchEveryMs)
        await app.sessions.touch(session.idHash, new Date(at));
      const { id, clinicId, clinicName, email, displayName, role } = session.user;
      return { id, clinicId, clinicName, email, displayName, role, sessionIdHash: session.idHash };
    }
  },
  { name: 'session', dependencies: ['@fastify/cookie', 'repositories'] },
);

function cookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return {
    path: '/',
    httpOnly: true,
    // Strict: the browser never sends the cookie on a request started by another site.
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: sessionLifetimeMs / 1000,
  };
}
