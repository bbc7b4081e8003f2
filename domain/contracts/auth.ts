import * as z from 'zod';
import { displayName, emailAddress, role } from './users';

export const loginRequest = z.object({
  email: emailAddress,
  // Not the new-password rule: an old password of any length must still get the generic 401.
  password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const currentUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName,
  role,
  clinic: z.object({ id: z.uuid(), name: z.string() }),
});
export type CurrentUser = z.infer<typeof currentUser>;

/** Error codes the SPA reacts to (the `error` field of an ApiError). */
export const authErrors = {
  /** No session cookie, or an unknown one. */
  signedOut: 'signed_out',
  /** The session existed but was idle longer than SESSION_IDLE_MINUTES. */
  sessionExpired: 'session_expired',
  invalidCredentials: 'invalid_credentials',
  tooManyAttempts: 'too_many_attempts',
  forbidden: 'forbidden',
  badOrigin: 'bad_origin',
} as const;
