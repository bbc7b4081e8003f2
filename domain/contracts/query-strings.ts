import * as z from 'zod';

/** Query strings arrive as text: a list filter is comma-separated ("active,on_hold"), each value checked. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values, { error })))
    .optional();
