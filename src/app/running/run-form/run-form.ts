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
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { fieldErrors } from '@domain/contracts/api-error';
import type { DistanceUnit } from '@domain/contracts/patients';
import { type CreateRunRequest, type Run, createRunRequest } from '@domain/contracts/running';
import {
  type WalkJogLevelNumber,
  walkJogLevels,
  walkJogSoreness,
} from '@domain/training-load/walk-jog-levels';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { focusFirstInvalid } from '../../ui/forms/focus-first-invalid';
import { showServerErrors } from '../../ui/forms/server-errors';
import { sorenessLabels } from '../running-labels';
import {
  type RunFormValue,
  blankRun,
  createRunForm,
  runFormValue,
  toRunRequest,
} from './run-form-model';

/**
 * Logs a run or edits one: distance in the patient's unit, pain during and the next morning on the 0–10 scale,
 * and on the walk–jog levels the session's level and soreness. Checked against the contract as the server will;
 * emits the request once it passes.
 */
@Component({
  selector: 'app-run-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    FieldErrorPipe,
  ],
  templateUrl: './run-form.html',
  styleUrl: './run-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunForm {
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  /** The run to edit; null to log a new one. */
  readonly run = input<Run | null>(null);
  readonly unit = input.required<DistanceUnit>();
  /** The plan is on the walk–jog levels: ask for the session too. */
  readonly walkJog = input(false);
  /** The level a new session is at. */
  readonly nextLevel = input<WalkJogLevelNumber | null>(null);
  readonly today = input.required<string>();
  /** Values typed earlier and not yet saved (the tab was closed, the page reloaded): shown instead of the record. */
  readonly draftValue = input<RunFormValue | null>(null);
  readonly fieldErrors = input<Record<string, string[]>>({});
  readonly failure = input<string | null>(null);
  readonly busy = input(false);
  readonly submitted = output<CreateRunRequest>();
  readonly cancelled = output();
  /** Every change the therapist types, so the tab can keep it. */
  readonly edited = output<RunFormValue>();

  protected readonly form = createRunForm(inject(NonNullableFormBuilder));
  protected readonly levels = walkJogLevels;
  protected readonly sorenesses = walkJogSoreness;
  protected readonly sorenessLabels = sorenessLabels;
  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  /** A walk–jog session is asked for on those plans, and kept on a run that has one. */
  protected readonly withWalkJog = computed(() => this.walkJog() || this.run()?.walkJog != null);
  /** The record the form holds: it is filled again only when another run, or a newer save of it, arrives. */
  private readonly record = computed(() => {
    const run = this.run();
    return run ? `${run.id}:${run.version}` : 'new';
  });

  constructor() {
    // The form opens in place of the button that asked for it: keyboard users land on its first field.
    afterNextRender(() =>
      this.formElement().nativeElement.querySelector<HTMLElement>('[formControlName="date"]')?.focus(),
    );
    effect(() => {
      this.record();
      const withWalkJog = this.withWalkJog();
      untracked(() => {
        const run = this.run();
        const level = this.nextLevel();
        const draft = this.draftValue();
        this.form.reset(
          draft ?? (run ? runFormValue(run, this.unit(), level) : blankRun(this.today(), level)),
        );
        const session = this.form.controls.walkJog;
        if (withWalkJog) session.enable();
        else session.disable();
        if (draft) this.form.markAsDirty();
      });
    });
    // Filling the form (reset) leaves it pristine: only the therapist's own changes are reported.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.form.dirty) this.edited.emit(this.form.getRawValue());
    });
    effect(() => {
      const fields = this.fieldErrors();
      untracked(() => showServerErrors(this.form, fields));
    });
  }

  protected save(): void {
    if (this.busy()) return;
    const formElement = this.formElement().nativeElement;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(formElement);
      return;
    }
    // The rules across fields (no run in the future, a week's limit in the unit) run once each field passes.
    const request = toRunRequest(this.form.getRawValue(), this.unit(), this.withWalkJog());
    const parsed = createRunRequest.safeParse(request);
    if (parsed.success) {
      this.submitted.emit(parsed.data);
      return;
    }
    showServerErrors(this.form, fieldErrors(parsed.error.issues));
    afterNextRender(() => focusFirstInvalid(formElement), { injector: this.injector });
  }
}
