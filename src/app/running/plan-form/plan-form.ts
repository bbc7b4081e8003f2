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
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { fieldErrors } from '@domain/contracts/api-error';
import {
  type CreateRunningPlanRequest,
  createRunningPlanRequest,
} from '@domain/contracts/running';
import { formatDistance, fromMetres } from '@domain/training-load/distance';
import { sources } from '@domain/training-load/sources';
import { walkJogLevels } from '@domain/training-load/walk-jog-levels';
import { map } from 'rxjs';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { focusFirstInvalid } from '../../ui/forms/focus-first-invalid';
import { showServerErrors } from '../../ui/forms/server-errors';
import { RuleSource } from '../rule-source/rule-source';
import { weekKindLabels } from '../running-labels';
import { WalkJogLevels } from '../walk-jog-levels/walk-jog-levels';
import {
  PlanFormStart,
  createPlanForm,
  previewPlan,
  startingValue,
  toPlanRequest,
} from './plan-form-model';

/**
 * Makes a running plan: a mileage progression or a return to running on the walk–jog levels, with the weeks the
 * generator would plan shown live before anything is saved. Emits the request once the contract accepts it.
 */
@Component({
  selector: 'app-plan-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSuffix,
    ClinicDatePipe,
    FieldErrorPipe,
    RuleSource,
    WalkJogLevels,
  ],
  templateUrl: './plan-form.html',
  styleUrl: './plan-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanForm {
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private started = false;

  readonly start = input.required<PlanFormStart>();
  /** A plan exists and this one will replace it: the form can be closed without saving. */
  readonly replacing = input(false);
  /** The server's messages from the last rejected save, by field (`_form` for the whole plan). */
  readonly fieldErrors = input<Record<string, string[]>>({});
  /** Why the last save failed when no field is to blame: offers Retry. */
  readonly failure = input<string | null>(null);
  readonly busy = input(false);
  readonly submitted = output<CreateRunningPlanRequest>();
  readonly cancelled = output();

  protected readonly form = createPlanForm(inject(NonNullableFormBuilder));
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  protected readonly unit = computed(() => this.start().unit);
  protected readonly preview = computed(() => previewPlan(this.value(), this.unit()));
  protected readonly formError = computed(() => (this.fieldErrors()['_form'] ?? []).join(' '));
  protected readonly levels = walkJogLevels;
  protected readonly cutbackChoices = [2, 3, 4, 5, 6, 7, 8];
  protected readonly tenPercentSource = sources['ten-percent-rule'];
  protected readonly cutbackSource = sources['cutback-week'];
  protected readonly kindLabels = weekKindLabels;

  constructor() {
    effect(() => {
      const start = this.start();
      // Prefilled once: a refreshed patient record must not wipe what the therapist typed.
      if (this.started) return;
      this.started = true;
      untracked(() => this.form.reset(startingValue(start)));
    });
    effect(() => {
      const fields = this.fieldErrors();
      untracked(() => showServerErrors(this.activeGroup(), fields));
    });
  }

  protected distance(metres: number): number {
    return fromMetres(metres, this.unit());
  }

  protected formatted(metres: number): string {
    return formatDistance(metres, this.unit());
  }

  protected save(): void {
    if (this.busy()) return;
    const group = this.activeGroup();
    const formElement = this.formElement().nativeElement;
    group.markAllAsTouched();
    if (group.invalid) {
      focusFirstInvalid(formElement);
      return;
    }
    // The rules across fields (target above baseline, race within reach) run once each field passes.
    const parsed = createRunningPlanRequest.safeParse(
      toPlanRequest(this.form.getRawValue(), this.unit()),
    );
    if (parsed.success) {
      this.submitted.emit(parsed.data);
      return;
    }
    showServerErrors(group, fieldErrors(parsed.error.issues));
    afterNextRender(() => focusFirstInvalid(formElement), { injector: this.injector });
  }

  private activeGroup() {
    return this.form.controls.kind.value === 'walk-jog'
      ? this.form.controls.walkJog
      : this.form.controls.mileage;
  }
}
