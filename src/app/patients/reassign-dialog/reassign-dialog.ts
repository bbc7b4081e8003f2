import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { reassignRequest } from '@domain/contracts/patients';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { focusFirstInvalid } from '../../ui/forms/focus-first-invalid';
import { showServerErrors } from '../../ui/forms/server-errors';
import type { Therapist } from '../patients-client';

/** A manager moves a patient to another of the clinic's therapists. */
@Component({
  selector: 'app-reassign-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatOption,
    MatSelect,
    FieldErrorPipe,
  ],
  templateUrl: './reassign-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly patientName = input.required<string>();
  readonly currentTherapist = input.required<Therapist>();
  readonly therapists = input<readonly Therapist[]>([]);
  /** The server's messages from the last rejected reassignment, by field. */
  readonly fieldErrors = input<Record<string, string[]>>({});
  readonly busy = input(false);
  readonly submitted = output<string>();

  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  protected readonly form = inject(NonNullableFormBuilder).group({
    therapistId: [null as string | null, contractValidator(reassignRequest.shape.therapistId)],
  });

  constructor() {
    effect(() => showServerErrors(this.form, this.fieldErrors()));
  }

  protected reassign(): void {
    const therapistId = this.form.controls.therapistId.value;
    if (this.busy()) return;
    if (this.form.invalid || therapistId === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    this.submitted.emit(therapistId);
  }
}
