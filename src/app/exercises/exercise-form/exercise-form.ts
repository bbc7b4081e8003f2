import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOptgroup, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import type { CreateCustomExerciseRequest } from '@domain/contracts/exercises';
import { diagnoses, diagnosisLabels } from '@domain/contracts/patients';
import {
  difficulties,
  difficultyLabels,
  equipmentKinds,
  equipmentLabels,
  lateralities,
  muscleGroupLabels,
  muscleGroups,
  positionLabels,
  positions,
} from '@domain/exercises/exercise';
import { bandColours, doseSides, loadKinds, weekdays } from '@domain/programs/dose';
import { programSectionLabels, programSections } from '@domain/programs/program';
import { catalogue } from '@domain/exercises/catalogue';
import {
  ExerciseIllustration,
  type PicturedExercise,
} from '../../ui/exercise-illustration/exercise-illustration';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';
import { showServerErrors } from '../../ui/forms/server-errors';
import {
  bandColourLabels,
  doseSideLabels,
  lateralityLabels,
  loadKindLabels,
  weekdayLabels,
} from '../exercise-labels';
import {
  type ExerciseFormGroup,
  type TextList,
  exerciseFieldLabels,
  formValue,
  listLimits,
  newListItem,
  newPrecaution,
  parseExercise,
} from './exercise-form-model';

/** Exercises a custom one may link to on its ladder, by builder section. */
export interface LadderChoice {
  label: string;
  exercises: readonly { id: string; name: string }[];
}

interface TextListSpec {
  name: TextList;
  legend: string;
  item: string;
  add: string;
  hint: string;
}

const range = (list: keyof typeof listLimits) =>
  `${listLimits[list].min} to ${listLimits[list].max}`;

/**
 * Every field of a custom exercise. The page owns the form group (it keeps drafts and knows what is
 * unsaved); this component shows it, checks each field and then the whole exercise against the
 * contract, and emits the create body once the contract accepts it.
 */
@Component({
  selector: 'app-exercise-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOptgroup,
    MatOption,
    MatSelect,
    MatSuffix,
    FieldErrorPipe,
    ExerciseIllustration,
  ],
  templateUrl: './exercise-form.html',
  styleUrl: './exercise-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseForm {
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly form = input.required<ExerciseFormGroup>();
  /** Exercises to choose the regression and progression from. */
  readonly ladderChoices = input<readonly LadderChoice[]>([]);
  /** The exercise being edited, which cannot be its own regression or progression. */
  readonly exerciseId = input<string | null>(null);
  /** The server's messages from the last rejected save, by field (`_form` for the whole exercise). */
  readonly fieldErrors = input<Record<string, string[]>>({});
  /** Why the last save failed when no field is to blame (offline, server error): offers Retry. */
  readonly failure = input<string | null>(null);
  readonly busy = input(false);
  readonly submitted = output<CreateCustomExerciseRequest>();
  readonly cancelled = output();

  protected readonly textLists: readonly TextListSpec[] = [
    {
      name: 'steps',
      legend: 'Steps',
      item: 'Step',
      add: 'Add a step',
      hint: `${range('steps')} steps in plain words for the patient, in order: the handout prints them.`,
    },
    {
      name: 'cues',
      legend: 'Cues',
      item: 'Cue',
      add: 'Add a cue',
      hint: `${range('cues')} short reminders to say while the patient moves.`,
    },
    {
      name: 'mistakes',
      legend: 'Common mistakes',
      item: 'Mistake',
      add: 'Add a mistake',
      hint: `${range('mistakes')} things patients often get wrong.`,
    },
  ];
  protected readonly ladderLinks = ['regressionId', 'progressionId'] as const;
  protected readonly limits = listLimits;
  protected readonly labels = exerciseFieldLabels;
  /** Only catalogue exercises have poses to draw from. */
  protected readonly poseChoices = catalogue.map((e) => ({ id: e.id, name: e.name }));
  /** The picture as the form stands: it follows the pose, the mirroring, the name and the muscles. */
  protected readonly picture = signal<PicturedExercise | null>(null);
  protected readonly sections = programSections;
  protected readonly sectionLabels = programSectionLabels;
  protected readonly positions = positions;
  protected readonly positionLabels = positionLabels;
  protected readonly lateralities = lateralities;
  protected readonly lateralityLabels = lateralityLabels;
  protected readonly difficulties = difficulties;
  protected readonly difficultyLabels = difficultyLabels;
  protected readonly muscleGroups = muscleGroups;
  protected readonly muscleGroupLabels = muscleGroupLabels;
  protected readonly equipmentKinds = equipmentKinds;
  protected readonly equipmentLabels = equipmentLabels;
  protected readonly diagnoses = diagnoses;
  protected readonly diagnosisLabels = diagnosisLabels;
  protected readonly doseSides = doseSides;
  protected readonly doseSideLabels = doseSideLabels;
  protected readonly loadKinds = loadKinds;
  protected readonly loadKindLabels = loadKindLabels;
  protected readonly bandColours = bandColours;
  protected readonly bandColourLabels = bandColourLabels;
  protected readonly weekdays = weekdays;
  protected readonly weekdayLabels = weekdayLabels;
  /** The contract's messages from the last submit that belong to no single input. */
  private readonly checkProblems = signal<string[]>([]);
  protected readonly formErrors = computed(() => [
    ...new Set([...this.checkProblems(), ...this.fieldlessMessages(this.fieldErrors())]),
  ]);

  constructor() {
    effect(() => showServerErrors(this.form(), this.fieldErrors()));
    // The template follows the controls (the chosen kind of load, how many steps): a change made
    // in code, like a restored draft, shows as well as one typed.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const events = this.form().events.subscribe(() => changeDetector.markForCheck());
      onCleanup(() => events.unsubscribe());
    });
    effect((onCleanup) => {
      const form = this.form();
      const show = () => {
        const value = formValue(form);
        this.picture.set({
          id: this.exerciseId() ?? 'new-exercise',
          name: value.name.trim() || 'This exercise',
          position: value.position ?? 'standing',
          laterality: value.laterality ?? 'bilateral',
          primaryMuscles: value.primaryMuscles,
          basedOn: value.basedOn,
          poseFrom: value.poseFrom,
          mirrorPose: value.mirrorPose === true,
        });
      };
      show();
      const changes = form.valueChanges.subscribe(show);
      onCleanup(() => changes.unsubscribe());
    });
  }

  protected addItem(list: TextList): void {
    const array = this.form().controls[list];
    this.form().markAsDirty();
    array.push(newListItem(list));
    this.focusLater(`#${list}-${array.length - 1}`);
  }

  protected removeItem(list: TextList, index: number): void {
    const array = this.form().controls[list];
    this.form().markAsDirty();
    array.removeAt(index);
    this.focusLater(`#${list}-${Math.min(index, array.length - 1)}`);
  }

  protected addPrecaution(): void {
    const array = this.form().controls.precautions;
    this.form().markAsDirty();
    array.push(newPrecaution());
    this.focusLater(`#precaution-${array.length - 1} mat-select`);
  }

  protected removePrecaution(index: number): void {
    const array = this.form().controls.precautions;
    this.form().markAsDirty();
    array.removeAt(index);
    this.focusLater(
      array.length
        ? `#precaution-${Math.min(index, array.length - 1)} mat-select`
        : '#add-precaution',
    );
  }

  protected listControls(list: TextList): FormControl<string>[] {
    return this.form().controls[list].controls;
  }

  protected save(): void {
    if (this.busy()) return;
    const form = this.form();
    form.markAllAsTouched();
    const parsed = parseExercise(formValue(form));
    if (parsed.ok) {
      this.checkProblems.set([]);
      this.submitted.emit(parsed.request);
      return;
    }
    // The rules across fields (a one-legged exercise is not done "both together") show beside
    // the field they name, like the server's own messages.
    showServerErrors(form, parsed.problems);
    this.checkProblems.set(this.fieldlessMessages(parsed.problems));
    this.focusLater('.ng-invalid:is(input, textarea, mat-select)');
  }

  /** Messages whose field has no input of its own: said above the buttons, with the field's name. */
  private fieldlessMessages(problems: Record<string, string[]>): string[] {
    const form = this.form();
    return Object.entries(problems).flatMap(([path, messages]) => {
      if (path === '_form') return messages;
      const control = form.get(path);
      if (control instanceof FormControl || control instanceof FormArray) return [];
      const field = path.split('.')[0] as keyof typeof exerciseFieldLabels;
      const label = exerciseFieldLabels[field] ?? path;
      return messages.map((message) => `${label}: ${message}`);
    });
  }

  /** Focus once the page shows the change (a new item, the messages of a rejected save). */
  private focusLater(selector: string): void {
    const formElement = this.formElement().nativeElement;
    afterNextRender(() => formElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
