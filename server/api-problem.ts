import type { ApiError } from '@domain/contracts/api-error';

/**
 * A failure a route or hook reports on purpose. The error handler sends it as it is, in the ApiError
 * shape; anything else thrown is treated as a bug (logged, details hidden).
 */
export class ApiProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }

  get body(): ApiError {
    return {
      error: this.error,
      message: this.message,
      ...(this.fields && { fields: this.fields }),
    };
  }
}

/**
 * 409 with the record as it is now, so the user can compare it with what they sent: a save made at an old
 * version (`stale_version`), or one made over a record they did not know about.
 */
export class ConflictWithCurrent<T> extends ApiProblem {
  constructor(
    error: string,
    message: string,
    readonly current: T,
  ) {
    super(409, error, message);
  }

  override get body(): ApiError & { current: T } {
    return { ...super.body, current: this.current };
  }
}

/** 400 with messages per field: what the error handler answers for a body the contract rejects. */
export function invalidFields(fields: Record<string, string[]>): ApiProblem {
  return new ApiProblem(400, 'validation_failed', 'Check the highlighted fields.', fields);
}
