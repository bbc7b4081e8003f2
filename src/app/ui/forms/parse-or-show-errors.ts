import type { FormGroup } from '@angular/forms';
import type * as z from 'zod';
import { focusFirstInvalid } from './focus-first-invalid';

/**
 * A submitted form's values as its contract parses them; or, when they do not pass, null after every
 * field shows its message and focus lands on the first field to fix. Nothing is sent in that case.
 */
export function parseOrShowErrors<Contract extends z.ZodType>(
  form: FormGroup,
  contract: Contract,
  formElement: HTMLElement,
): z.output<Contract> | null {
  const parsed = contract.safeParse(form.getRawValue());
  if (parsed.success) return parsed.data;
  form.markAllAsTouched();
  focusFirstInvalid(formElement);
  return null;
}
