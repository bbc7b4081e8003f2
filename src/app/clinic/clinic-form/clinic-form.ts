import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  output,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type ClinicFields, clinicFields, maxAddressLines } from '@domain/contracts/clinic';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { parseOrShowErrors } from '../../ui/forms/parse-or-show-errors';
import { showServerErrors } from '../../ui/forms/server-errors';
import type { ClinicFormGroup } from './clinic-form-model';

/** The clinic's name, address and phone, as every handout's header prints them. Presentational. */
@Component({
  selector: 'app-clinic-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    FieldErrorPipe,
  ],
  templateUrl: './clinic-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClinicForm {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly form = input.required<ClinicFormGroup>();
  /** The server's messages from the last rejected save, by field; `_form` for the form as a whole. */
  readonly fieldErrors = input<Record<string, string[]>>({});
  /** A save that failed for no field's sake (offline, server error), in words. */
  readonly failure = input<string | null>(null);
  readonly busy = input(false);
  readonly submitted = output<ClinicFields>();

  protected readonly maxAddressLines = maxAddressLines;
  protected readonly formError = computed(
    () => this.failure() ?? (this.fieldErrors()['_form'] ?? []).join(' '),
  );

  constructor() {
    effect(() => showServerErrors(this.form(), this.fieldErrors()));
  }

  protected save(): void {
    if (this.busy()) return;
    const parsed = parseOrShowErrors(this.form(), clinicFields, this.formElement().nativeElement);
    if (parsed) this.submitted.emit(parsed);
  }
}
