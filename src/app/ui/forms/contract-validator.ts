import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ZodType } from 'zod';

/**
 * Validates a control with one field's schema from a domain contract (`loginRequest.shape.email`),
 * so the form says exactly what the server would, in the same words.
 * `toInput` turns the control's value into what the form will send, where the two differ: an empty
 * date input holds `''`, which the form sends as `null` (`blankToNull`).
 */
export function contractValidator(
  schema: ZodType,
  toInput: (value: unknown) => unknown = (value) => value,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const result = schema.safeParse(toInput(control.value));
    return result.success ? null : { contract: result.error.issues.map((issue) => issue.message) };
  };
}

/** An empty text or date input means "not given": the contracts say that with `null`. */
export function blankToNull(value: unknown): unknown {
  return value === '' ? null : value;
}
