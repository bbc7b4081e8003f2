import { FormGroup } from '@angular/forms';

/**
 * Puts the server's field messages (an ApiError's `fields`) on the matching controls, where they
 * show like the contract's own messages until the user edits the field. Messages for no field
 * (`_form`) are the form's to show above its buttons.
 */
export function showServerErrors(form: FormGroup, fields: Record<string, string[]>): void {
  for (const [path, messages] of Object.entries(fields)) {
    const control = form.get(path);
    control?.setErrors({ ...control.errors, server: messages });
    control?.markAsTouched();
  }
}
