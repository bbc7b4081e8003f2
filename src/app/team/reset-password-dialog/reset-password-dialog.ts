import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { resetPasswordRequest, type TeamMember } from '@domain/contracts/team';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { parseOrShowErrors } from '../../ui/forms/parse-or-show-errors';
import { showServerErrors } from '../../ui/forms/server-errors';

@Component({
  selector: 'app-reset-password-dialog',
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
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatSuffix,
    FieldErrorPipe,
  ],
  templateUrl: './reset-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordDialog {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly member = input.required<TeamMember>();
  /** The server's messages from the last rejected reset, by field. */
  readonly fieldErrors = input<Record<string, string[]>>({});
  readonly busy = input(false);
  readonly submitted = output<string>();

  protected readonly passwordShown = signal(false);
  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', contractValidator(resetPasswordRequest.shape.password)],
  });

  constructor() {
    effect(() => showServerErrors(this.form, this.fieldErrors()));
  }

  protected reset(): void {
    if (this.busy()) return;
    const parsed = parseOrShowErrors(this.form, resetPasswordRequest, this.formElement().nativeElement);
    if (!parsed) return;
    this.submitted.emit(parsed.password);
  }
}
