import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ZodType } from 'zod';

/**
 * Validates a control with one field's schema from a domain contract (`loginRequest.shape.email`),
 * so the form says exactly what the server would, in the same words.
 */
export function contractValidator(schema: ZodType): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const result = schema.safeParse(control.value);
    return result.success ? null : { contract: result.error.issues.map((issue) => issue.message) };
  };
}
