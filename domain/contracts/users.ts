import * as z from 'zod';

export const roles = ['therapist', 'manager'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const emailAddress = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Email addresses are at most 254 characters.' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@clinic.com.' }));

/** A new password: long enough to resist guessing, short enough to hash quickly. */
export const newPassword = z
  .string({ error: 'Enter a password.' })
  .min(10, { error: 'Use at least 10 characters.' })
  .max(200, { error: 'Use at most 200 characters.' });

export const displayName = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(100, { error: 'Names are at most 100 characters.' });
