import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@domain/contracts/api-error';

const unexpected: ApiError = {
  error: 'unexpected_error',
  message: 'Something went wrong. Try again, and tell your clinic manager if it keeps happening.',
};

const offline: ApiError = {
  error: 'network_error',
  message: "Stride Rx can't reach the server. Check your connection and try again.",
};

/**
 * The failure of any API call as the one error shape the server uses, so effects and pages treat
 * a dropped connection or a proxy's HTML error page like any other API error.
 * Checked by hand rather than with the contract's zod schema: this runs in the initial bundle,
 * which stays free of zod.
 */
export function toApiError(failure: unknown): ApiError {
  if (!(failure instanceof HttpErrorResponse)) return unexpected;
  if (failure.status === 0) return offline;
  const body: unknown = failure.error;
  if (typeof body !== 'object' || body === null) return unexpected;
  const { error, message, fields } = body as Record<string, unknown>;
  if (typeof error !== 'string') return unexpected;
  return {
    error,
    // Some 401s (`signed_out`) carry no message: callers that show one supply their own wording.
    message: typeof message === 'string' ? message : unexpected.message,
    ...(isFieldMessages(fields) ? { fields } : {}),
  };
}

function isFieldMessages(fields: unknown): fields is Record<string, string[]> {
  return (
    typeof fields === 'object' &&
    fields !== null &&
    Object.values(fields).every((messages) => Array.isArray(messages))
  );
}
