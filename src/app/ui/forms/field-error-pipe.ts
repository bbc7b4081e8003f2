import { Pipe, PipeTransform } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * The message a `<mat-error>` shows for a control: the server's word first (it knows about taken
 * emails), else the contract's. Impure because a control's errors change without a new control.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  transform(control: AbstractControl): string {
    const errors = control.errors;
    const messages = (errors?.['server'] ?? errors?.['contract'] ?? []) as string[];
    return messages.join(' ');
  }
}
