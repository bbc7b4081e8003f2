import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import {
  diagnoses,
  diagnosisLabels,
  distanceUnits,
  languageLabels,
  languages,
  sexes,
  sides,
} from '@domain/contracts/patients';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { focusFirstInvalid } from '../../ui/forms/focus-first-invalid';
import { showServerErrors } from '../../ui/forms/server-errors';
import { distanceUnitLabels, sexLabels, sideLabels } from '../patient-labels';
import type { Therapist } from '../patients-client';
import {
  PatientFormGroup,
  PatientFormMode,
  PatientFormValue,
  recordProblems,
} from './patient-form-model';

/**
 * The patient record's fields, grouped as a therapist takes a history. The page owns the form
 * group (it keeps drafts and knows what is unsaved); this component shows it, checks it against the
 * contract, and emits the values once the contract accepts them.
 */
@Component({
  selector: 'app-patient-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    FieldErrorPipe,
  ],
  templateUrl: './patient-form.html',
  styleUrl: './patient-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientForm {
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly form = input.required<PatientFormGroup>();
  readonly mode = input.required<PatientFormMode>();
  readonly therapists = input<readonly Therapist[]>([]);
  /** The server's messages from the last rejected save, by field (`_form` for the whole record). */
  readonly fieldErrors = input<Record<string, string[]>>({});
  /** Why the last save failed when no field is to blame (offline, server error): offers Retry. */
  readonly failure = input<string | null>(null);
  readonly busy = input(false);
  readonly submitted = output<PatientFormValue>();
  readonly cancelled = output();

  protected readonly sexes = sexes;
  protected readonly sexLabels = sexLabels;
  protected readonly languages = languages;
  protected readonly languageLabels = languageLabels;
  protected readonly diagnoses = diagnoses;
  protected readonly diagnosisLabels = diagnosisLabels;
  protected readonly sides = sides;
  protected readonly sideLabels = sideLabels;
  protected readonly units = distanceUnits;
  protected readonly unitLabels = distanceUnitLabels;
  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));

  constructor() {
    effect(() => showServerErrors(this.form(), this.fieldErrors()));
  }

  protected save(): void {
    if (this.busy()) return;
    const form = this.form();
    form.markAllAsTouched();
    if (form.valid) {
      // The whole-record rules run once each field passes, like the server's own check.
      const withTherapist = form.controls.therapistId.enabled;
      const problems = recordProblems(form.getRawValue(), withTherapist);
      if (problems === null) {
        this.submitted.emit(form.getRawValue());
        return;
      }
      showServerErrors(form, problems);
      // These fields turn invalid only now: focus once the page shows them so.
      const formElement = this.formElement().nativeElement;
      afterNextRender(() => focusFirstInvalid(formElement), { injector: this.injector });
      return;
    }
    focusFirstInvalid(this.formElement().nativeElement);
  }
}
