import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { loginRequest } from '@domain/contracts/auth';
import { Store } from '@ngrx/store';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { parseOrShowErrors } from '../../ui/forms/parse-or-show-errors';
import { showServerErrors } from '../../ui/forms/server-errors';
import { signInPageActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    FieldErrorPipe,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly store = inject(Store);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly signInError = this.store.selectSignal(authFeature.selectSignInError);

  protected readonly signingIn = this.store.selectSignal(authFeature.selectSigningIn);
  protected readonly notice = this.store.selectSignal(authFeature.selectNotice);
  /** Wrong credentials (401), too many attempts (429), no server: one message, read out at once. */
  protected readonly alert = computed(() => {
    const error = this.signInError();
    if (!error) return '';
    return error.fields ? (error.fields['_form'] ?? []).join(' ') : error.message;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', contractValidator(loginRequest.shape.email)],
    password: ['', contractValidator(loginRequest.shape.password)],
  });

  constructor() {
    // Therapists sign in many times a day: the cursor waits in the first field.
    afterNextRender(() => this.emailInput().nativeElement.focus());
    effect(() => {
      const fields = this.signInError()?.fields;
      if (fields) showServerErrors(this.form, fields);
    });
  }

  protected signIn(): void {
    if (this.signingIn()) return;
    const parsed = parseOrShowErrors(this.form, loginRequest, this.formElement().nativeElement);
    if (!parsed) return;
    this.store.dispatch(signInPageActions.signInSubmitted({ credentials: parsed }));
  }
}
