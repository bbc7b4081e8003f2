import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  bandColours,
  dose as doseContract,
  doseLimits,
  doseSides,
  weekdays,
  type Dose,
} from '@domain/programs/dose';
import {
  bandColourLabels,
  doseSideLabels,
  loadKindLabels,
  weekdayLabels,
} from '../../exercises/exercise-labels';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import {
  type DoseField,
  type DoseFormValue,
  fieldOf,
  fromDose,
  toDoseInput,
} from './dose-form-model';

type DoseControls = { [K in keyof DoseFormValue]: FormControl<DoseFormValue[K]> };

/**
 * Every part of one exercise's dose, checked with the dose contract the server uses, in its words, beside the
 * field. Typed fields take effect when the field is left (one undo step per field, not per keystroke); choices at
 * once. A dose that breaks the contract stays in the form with its messages and is not sent on.
 */
@Component({
  selector: 'app-dose-editor',
  imports: [
    ReactiveFormsModule,
    FieldErrorPipe,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
  ],
  templateUrl: './dose-editor.html',
  styleUrl: './dose-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DoseEditor {
  readonly dose = input.required<Dose>();
  /** Names the form for screen readers, e.g. "Dose of Wall sit". */
  readonly exerciseName = input.required<string>();
  readonly readOnly = input(false);
  readonly doseChanged = output<Dose>();

  protected readonly limits = doseLimits;
  protected readonly sides = doseSides;
  protected readonly sideLabels = doseSideLabels;
  protected readonly colours = bandColours;
  protected readonly colourLabels = bandColourLabels;
  protected readonly loadKinds = Object.keys(loadKindLabels) as (keyof typeof loadKindLabels)[];
  protected readonly loadLabels = loadKindLabels;
  protected readonly days = weekdays;
  protected readonly dayLabels = weekdayLabels;
  protected readonly weekdayError = signal('');
  /** The last dose this form sent out. */
  private sent: Dose | null = null;

  protected readonly form = new FormGroup<DoseControls>({
    sets: typed<number | null>(null),
    volume: chosen<'reps' | 'hold'>('reps'),
    reps: typed<number | null>(null),
    holdSeconds: typed<number | null>(null),
    loadKind: chosen<DoseFormValue['loadKind']>(''),
    amount: typed<number | null>(null),
    colour: chosen<DoseFormValue['colour']>(''),
    rpe: typed<number | null>(null),
    tempo: typed(''),
    restSeconds: typed<number | null>(null),
    frequencyKind: chosen<DoseFormValue['frequencyKind']>(''),
    days: typed<number | null>(null),
    weekdays: chosen<DoseFormValue['weekdays']>([]),
    weeks: typed<number | null>(null),
    side: chosen<DoseFormValue['side']>('both'),
    progressionKind: chosen<DoseFormValue['progressionKind']>(''),
    progressionText: typed(''),
    notes: typed(''),
  });

  constructor() {
    // Undo, redo, Progress and Regress change the dose from outside: the form shows it afresh. The dose this form
    // just sent coming back is already on screen, as typed: nothing to redraw.
    effect(() => {
      const dose = this.dose();
      if (dose === this.sent) return;
      this.sent = null;
      untracked(() => {
        this.form.setValue(fromDose(dose), { emitEvent: false });
        this.showErrors({});
      });
    });
    effect(() => {
      if (this.readOnly()) this.form.disable({ emitEvent: false });
      else this.form.enable({ emitEvent: false });
    });
    const changes = this.form.valueChanges.subscribe(() => this.check());
    inject(DestroyRef).onDestroy(() => changes.unsubscribe());
  }

  private check(): void {
    const result = doseContract.safeParse(toDoseInput(this.form.getRawValue()));
    if (result.success) {
      this.showErrors({});
      if (JSON.stringify(result.data) !== JSON.stringify(this.dose())) {
        this.sent = result.data;
        this.doseChanged.emit(result.data);
      }
      return;
    }
    const errors: Partial<Record<DoseField, string[]>> = {};
    for (const issue of result.error.issues) {
      (errors[fieldOf(issue.path)] ??= []).push(issue.message);
    }
    this.showErrors(errors);
  }

  private showErrors(errors: Partial<Record<DoseField, string[]>>): void {
    for (const [name, control] of Object.entries(this.form.controls) as [
      DoseField,
      FormControl,
    ][]) {
      const messages = errors[name];
      // Only a control whose messages change is touched: each setErrors redraws its field.
      if (!messages && !control.errors) continue;
      control.setErrors(messages ? { contract: messages } : null);
      if (messages) control.markAsTouched();
    }
    // The weekday toggles are not a form field: their message is shown under them.
    this.weekdayError.set(errors.weekdays?.join(' ') ?? '');
  }
}

/** A typed field takes effect when left, so one field's edit is one step to undo. */
function typed<T>(value: T): FormControl<T> {
  return new FormControl(value, { nonNullable: true, updateOn: 'blur' });
}

function chosen<T>(value: T): FormControl<T> {
  return new FormControl(value, { nonNullable: true });
}
