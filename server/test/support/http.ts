import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import type { App } from '../../app';
import { sessionCookieName } from '../../plugins/session';
import { staffPassword } from './fixtures';

/** The Host every spec request carries, and the Origin a page served from it would send. */
export const testHost = 'stride.test';
export const testOrigin = `http://${testHost}`;

export interface CallOptions {
  body?: unknown;
  /** A `stride_session=…` cookie, as signIn() returns. */
  cookie?: string;
  /** Defaults to testOrigin, as a browser sends on a same-origin POST; null sends no Origin at all. */
  origin?: string | null;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** A request as the SPA would make it: our Host, our Origin, JSON body. */
export function call(
  app: App,
  method: HTTPMethods,
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { host: testHost };
  if (options.origin !== null) headers['origin'] = options.origin ?? testOrigin;
  if (options.cookie) headers['cookie'] = options.cookie;
  return app.inject({
    method,
    url,
    headers: { ...headers, ...options.headers },
    payload: options.body as string | object | undefined,
    remoteAddress: options.remoteAddress,
  });
}

export function signInRequest(
  app: App,
  email: string,
  password = staffPassword,
  remoteAddress?: string,
) {
  return call(app, 'POST', '/api/auth/login', { body: { email, password }, remoteAddress });
}

/** Signs in and returns the session cookie to send with later calls. */
export async function signIn(app: App, email: string, password = staffPassword): Promise<string> {
  const response = await signInRequest(app, email, password);
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} answered ${response.statusCode}: ${response.body}`);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (!cookie) throw new Error('no session cookie in the response');
  return `${cookie.name}=${cookie.value}`;
}
