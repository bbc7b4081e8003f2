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
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type DischargeRequest, dischargeRequest, todayIso } from '@domain/contracts/patients';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { parseOrShowErrors } from '../../ui/forms/parse-or-show-errors';
import { showServerErrors } from '../../ui/forms/server-errors';

export type Discharge = Omit<DischargeRequest, 'version'>;

const dischargeFields = dischargeRequest.pick({ dischargedOn: true, reason: true });

/** Discharging closes the episode of care with a date (today unless said otherwise) and a reason. */
@Component({
  selector: 'app-discharge-dialog',
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
    MatInput,
    MatLabel,
    FieldErrorPipe,
  ],
  templateUrl: './discharge-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DischargeDialog {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly patientName = input.required<string>();
  /** The server's messages from the last rejected discharge, by field. */
  readonly fieldErrors = input<Record<string, string[]>>({});
  readonly busy = input(false);
  readonly submitted = output<Discharge>();

  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  protected readonly form = inject(NonNullableFormBuilder).group({
    dischargedOn: [todayIso(), contractValidator(dischargeRequest.shape.dischargedOn)],
    reason: ['', contractValidator(dischargeRequest.shape.reason)],
  });

  constructor() {
    effect(() => showServerErrors(this.form, this.fieldErrors()));
  }

  protected discharge(): void {
    if (this.busy()) return;
    const parsed = parseOrShowErrors(this.form, dischargeFields, this.formElement().nativeElement);
    if (!parsed) return;
    this.submitted.emit(parsed);
  }
}
