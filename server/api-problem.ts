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
