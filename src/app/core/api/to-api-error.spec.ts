import { HttpErrorResponse } from '@angular/common/http';
import { toApiError } from './to-api-error';

describe('toApiError', () => {
  it("returns the server's error body", () => {
    const body = { error: 'email_taken', message: 'Taken.', fields: { email: ['Taken.'] } };
    expect(toApiError(new HttpErrorResponse({ status: 409, error: body }))).toEqual(body);
  });

  it('keeps the code of a body without a message', () => {
    const error = toApiError(
      new HttpErrorResponse({ status: 401, error: { error: 'signed_out' } }),
    );
    expect(error.error).toBe('signed_out');
    expect(error.message).toContain('Something went wrong');
  });

  it('explains a dropped connection', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0 })).error).toBe('network_error');
  });

  it('covers a body that is not an API error, such as a proxy page', () => {
    const error = toApiError(
      new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
    );
    expect(error.error).toBe('unexpected_error');
  });

  it('ignores malformed field messages', () => {
    const body = { error: 'validation_failed', message: 'Check the form.', fields: 'email' };
    expect(toApiError(new HttpErrorResponse({ status: 400, error: body })).fields).toBeUndefined();
  });
});
