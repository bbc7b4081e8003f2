import type { ApiError } from '@domain/contracts/api-error';

/** How an editor's last save went, as the features' save states keep it. */
export interface SaveOutcome {
  status: string;
  error: ApiError | null;
}

/** A save rejected for its fields: the messages by field, and the server's summary for the form (`_form`). */
export function fieldMessagesOf({ status, error }: SaveOutcome): Record<string, string[]> {
  return status === 'failed' && error?.fields ? { ...error.fields, _form: [error.message] } : {};
}

/** A save that failed for no field's sake (offline, a server error): what to say, with a Retry. */
export function failureMessageOf({ status, error }: SaveOutcome): string | null {
  return status === 'failed' && error && !error.fields ? error.message : null;
}
