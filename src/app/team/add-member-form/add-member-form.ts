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
import { MatOption } from '@angular/material/core';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { type CreateTeamMemberRequest, createTeamMemberRequest } from '@domain/contracts/team';
import { type Role, roles } from '@domain/contracts/users';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { parseOrShowErrors } from '../../ui/forms/parse-or-show-errors';
import { showServerErrors } from '../../ui/forms/server-errors';
import { RoleLabelPipe } from '../../ui/role-label-pipe';

/** The add-member form, laid out for a dialog. The values stay put when the server says no. */
@Component({
  selector: 'app-add-member-form',
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
    MatOption,
    MatSelect,
    MatSuffix,
    FieldErrorPipe,
    RoleLabelPipe,
  ],
  templateUrl: './add-member-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddMemberForm {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  /** The server's messages from the last rejected save, by field (`email` when it is taken). */
  readonly fieldErrors = input<Record<string, string[]>>({});
  readonly busy = input(false);
  readonly submitted = output<CreateTeamMemberRequest>();

  protected readonly roles = roles;
  protected readonly passwordShown = signal(false);
  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', contractValidator(createTeamMemberRequest.shape.displayName)],
    email: ['', contractValidator(createTeamMemberRequest.shape.email)],
    role: ['therapist' as Role, contractValidator(createTeamMemberRequest.shape.role)],
    password: ['', contractValidator(createTeamMemberRequest.shape.password)],
  });

  constructor() {
    effect(() => showServerErrors(this.form, this.fieldErrors()));
  }

  protected add(): void {
    if (this.busy()) return;
    const parsed = parseOrShowErrors(this.form, createTeamMemberRequest, this.formElement().nativeElement);
    if (!parsed) return;
    this.submitted.emit(parsed);
  }
}
