/** After a rejected submit, keyboard and screen-reader users land on the first field to fix. */
export function focusFirstInvalid(form: HTMLElement): void {
  form.querySelector<HTMLElement>('[formControlName].ng-invalid')?.focus();
}
