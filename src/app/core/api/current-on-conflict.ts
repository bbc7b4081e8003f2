import { HttpErrorResponse } from '@angular/common/http';
import type * as z from 'zod';

/**
 * The record as it is saved now, when a write lost to someone else's (a 409 whose `error` is one of
 * `codes` and whose `current` passes the record's contract); null for any other failure, which then
 * shows as a plain error with its message. Only feature chunks call this: they carry zod already.
 */
export function currentOnConflict<Record>(
  failure: unknown,
  record: z.ZodType<Record>,
  codes: readonly string[] = ['stale_version'],
): Record | null {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 409) return null;
  const body: unknown = failure.error;
  if (typeof body !== 'object' || body === null) return null;
  const { error, current } = body as { error?: unknown; current?: unknown };
  if (typeof error !== 'string' || !codes.includes(error)) return null;
  const parsed = record.safeParse(current);
  return parsed.success ? parsed.data : null;
}
