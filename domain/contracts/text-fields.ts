import * as z from 'zod';

/** Free text a form may leave blank: trimmed, and blank (or absent) is `null`, as the database keeps it. */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} is at most ${max} characters.` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

// Digits with the usual separators; 7–15 digits covers local and E.164 numbers.
const phonePattern = /^\+?[\d\s().-]+$/;
const sevenToFifteenDigits = /^(\D*\d){7,15}\D*$/;

/** An optional phone number, a patient's or a clinic's: blank is `null`. */
export const phoneNumber = z
  .string()
  .trim()
  .refine((s) => s === '' || (phonePattern.test(s) && sevenToFifteenDigits.test(s)), {
    error: 'Enter a phone number of 7 to 15 digits, like (555) 010-2030.',
  })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);
