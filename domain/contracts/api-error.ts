import * as z from 'zod';

/**
 * The one error shape every API failure uses. `fields` maps a dotted field path
 * (e.g. `email`, `runs.2.distance`) to the messages a form shows beside that field.
 */
export const apiError = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});
export type ApiError = z.infer<typeof apiError>;

/** Turns zod issues into the `fields` map of an ApiError. An issue with no path belongs to `_form`. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
