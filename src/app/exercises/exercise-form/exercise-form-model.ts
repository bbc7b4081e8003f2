import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { fieldErrors } from '@domain/contracts/api-error';
import {
  type CreateCustomExerciseRequest,
  type CustomExerciseFields,
  type UpdateCustomExerciseRequest,
  createCustomExerciseRequest,
} from '@domain/contracts/exercises';
import { type Diagnosis, diagnosisLabels } from '@domain/contracts/patients';
import {
  type Difficulty,
  type EquipmentKind,
  type Laterality,
  type MuscleGroup,
  type Position,
  difficultyLabels,
  equipmentLabels,
  muscleGroupLabels,
  positionLabels,
} from '@domain/exercises/exercise';
import {
  type BandColour,
  type Dose,
  type DoseSide,
  type Frequency,
  type LoadKind,
  type ProgressionCriterion,
  type Weekday,
  dose as doseContract,
  frequency as frequencyContract,
  load as loadContract,
  progressionCriterion as progressionContract,
  standardDose,
} from '@domain/programs/dose';
import { type ProgramSection, programSectionLabels } from '@domain/programs/program';
import type * as z from 'zod';
import { contractValidator } from '../../ui/forms/contract-validator';
import type { FieldDifference as StaleFieldDifference } from '../../ui/forms/stale-edit-panel/stale-edit-panel';
import { doseInWords } from '../dose-words';
import { lateralityLabels } from '../exercise-labels';

export type FrequencyKind = Frequency['kind'];
export type ProgressionKind = ProgressionCriterion['kind'];

/**
 * A dose as the inputs hold it. The contract's load, frequency and progression are each one of
 * several shapes; the form keeps every shape's inputs and the chosen kind, and builds the one
 * chosen. A kind of `null` means "not prescribed yet", which a default dose may leave.
 */
export interface DoseFormValue {
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  load: {
    kind: LoadKind | null;
    amount: number | null;
    colour: BandColour | null;
    rpe: number | null;
  };
  tempo: string;
  restSeconds: number | null;
  frequency: { kind: FrequencyKind | null; days: number | null; weekdays: Weekday[] };
  weeks: number | null;
  side: DoseSide;
  progression: { kind: ProgressionKind | null; text: string };
  notes: string;
}

export interface PrecautionFormValue {
  diagnoses: Diagnosis[];
  text: string;
  source: string;
}

/** A custom exercise as the editor's inputs hold it: selects are `null` until chosen. */
export interface ExerciseFormValue {
  name: string;
  section: ProgramSection | null;
  position: Position | null;
  laterality: Laterality | null;
  difficulty: Difficulty | null;
  primaryMuscles: MuscleGroup[];
  secondaryMuscles: MuscleGroup[];
  equipment: EquipmentKind[];
  steps: string[];
  cues: string[];
  mistakes: string[];
  precautions: PrecautionFormValue[];
  defaultDose: DoseFormValue;
  regressionId: string | null;
  progressionId: string | null;
  /** The catalogue exercise whose start and end poses draw this one (null: the one it is based on). */
  poseFrom: string | null;
  /** Draw the picture facing the other way. */
  mirrorPose: boolean;
  /** The catalogue exercise a copy started from; not edited. */
  basedOn: string | null;
}

type Controls<Value> = { [Field in keyof Value]: FormControl<Value[Field]> };
type DoseChoices = 'load' | 'frequency' | 'progression';
export type DoseFormGroup = FormGroup<
  Omit<Controls<DoseFormValue>, DoseChoices> & {
    [Choice in DoseChoices]: FormGroup<Controls<DoseFormValue[Choice]>>;
  }
>;
export type PrecautionFormGroup = FormGroup<Controls<PrecautionFormValue>>;
export type TextList = 'steps' | 'cues' | 'mistakes';
export type ExerciseFormGroup = FormGroup<
  Omit<Controls<ExerciseFormValue>, TextList | 'precautions' | 'defaultDose'> & {
    [List in TextList]: FormArray<FormControl<string>>;
  } & {
    precautions: FormArray<PrecautionFormGroup>;
    defaultDose: DoseFormGroup;
  }
>;

const fields = createCustomExerciseRequest.shape;
const doseFields = fields.defaultDose.shape;
const precautionFields = fields.precautions.unwrap().element.shape;

/**
 * How many items each list takes, read from the contract (by what it accepts) so the Add and Remove
 * buttons never disagree with its messages.
 */
function lengthLimits(schema: z.ZodType, sample: unknown): { min: number; max: number } {
  const fits = (n: number) => schema.safeParse(Array.from({ length: n }, () => sample)).success;
  const counts = Array.from({ length: 11 }, (_, n) => n).filter(fits);
  return { min: counts[0], max: counts[counts.length - 1] };
}

const samplePrecaution: PrecautionFormValue = { diagnoses: ['itbs'], text: 'x', source: 'x' };
export const listLimits = {
  steps: lengthLimits(fields.steps, 'x'),
  cues: lengthLimits(fields.cues, 'x'),
  mistakes: lengthLimits(fields.mistakes, 'x'),
  precautions: lengthLimits(fields.precautions, samplePrecaution),
} as const;

export const exerciseFieldLabels: Readonly<Record<keyof ExerciseFormValue, string>> = {
  name: 'Name',
  section: 'Program section',
  position: 'Starting position',
  laterality: 'Legs',
  difficulty: 'Difficulty',
  primaryMuscles: 'Main muscle groups',
  secondaryMuscles: 'Other muscle groups',
  equipment: 'Equipment',
  steps: 'Steps',
  cues: 'Cues',
  mistakes: 'Common mistakes',
  precautions: 'Cautions by diagnosis',
  defaultDose: 'Default dose',
  regressionId: 'Regression (one step easier)',
  progressionId: 'Progression (one step harder)',
  poseFrom: 'Picture drawn from',
  mirrorPose: 'Picture mirrored',
  basedOn: 'Based on',
};

export function doseFormValueOf(dose: Dose): DoseFormValue {
  const { load, frequency, progression } = dose;
  return {
    sets: dose.sets,
    reps: dose.reps,
    holdSeconds: dose.holdSeconds,
    load: {
      kind: load?.kind ?? null,
      amount: load?.kind === 'kg' || load?.kind === 'lb' ? load.amount : null,
      colour: load?.kind === 'band' ? load.colour : null,
      rpe: load?.kind === 'rpe' ? load.rpe : null,
    },
    tempo: dose.tempo ?? '',
    restSeconds: dose.restSeconds,
    frequency: {
      kind: frequency?.kind ?? null,
      days: frequency?.kind === 'days_per_week' ? frequency.days : null,
      weekdays: frequency?.kind === 'weekdays' ? [...frequency.weekdays] : [],
    },
    weeks: dose.weeks,
    side: dose.side,
    progression: {
      kind: progression?.kind ?? null,
      text: progression?.kind === 'custom' ? progression.text : '',
    },
    notes: dose.notes ?? '',
  };
}

/** A new exercise from scratch: the lists at their shortest, and the ACSM novice dose to start from. */
export function blankExercise(): ExerciseFormValue {
  return {
    name: '',
    section: null,
    position: null,
    laterality: null,
    difficulty: null,
    primaryMuscles: [],
    secondaryMuscles: [],
    equipment: [],
    steps: Array.from({ length: listLimits.steps.min }, () => ''),
    cues: Array.from({ length: listLimits.cues.min }, () => ''),
    mistakes: Array.from({ length: listLimits.mistakes.min }, () => ''),
    precautions: [],
    defaultDose: doseFormValueOf(standardDose()),
    regressionId: null,
    progressionId: null,
    poseFrom: null,
    mirrorPose: false,
    basedOn: null,
  };
}

/** An exercise's fields in the editor: a custom one to edit, or a catalogue one's `copyAsCustom`. */
export function formValueOf(exercise: CustomExerciseFields): ExerciseFormValue {
  return {
    name: exercise.name,
    section: exercise.section,
    position: exercise.position,
    laterality: exercise.laterality,
    difficulty: exercise.difficulty,
    primaryMuscles: [...exercise.primaryMuscles],
    secondaryMuscles: [...exercise.secondaryMuscles],
    equipment: [...exercise.equipment],
    steps: [...exercise.steps],
    cues: [...exercise.cues],
    mistakes: [...exercise.mistakes],
    precautions: exercise.precautions.map((p) => ({
      diagnoses: [...p.diagnoses],
      text: p.text,
      source: p.source,
    })),
    defaultDose: doseFormValueOf(exercise.defaultDose),
    regressionId: exercise.regressionId,
    progressionId: exercise.progressionId,
    poseFrom: exercise.poseFrom ?? null,
    mirrorPose: exercise.mirrorPose ?? false,
    basedOn: exercise.basedOn,
  };
}

// The chosen shape of each dose choice, as the contract reads it; null when none is chosen.
// Missing numbers go to the contract as they are, so its own message names what is missing.
function loadOf(value: DoseFormValue['load']): unknown {
  switch (value.kind) {
    case null:
      return null;
    case 'body_weight':
      return { kind: value.kind };
    case 'kg':
    case 'lb':
      return { kind: value.kind, amount: value.amount };
    case 'band':
      return { kind: value.kind, colour: value.colour };
    case 'rpe':
      return { kind: value.kind, rpe: value.rpe };
  }
}

function frequencyOf(value: DoseFormValue['frequency']): unknown {
  switch (value.kind) {
    case null:
      return null;
    case 'days_per_week':
      return { kind: value.kind, days: value.days };
    case 'weekdays':
      return { kind: value.kind, weekdays: value.weekdays };
  }
}

function progressionOf(value: DoseFormValue['progression']): unknown {
  switch (value.kind) {
    case null:
      return null;
    case 'double_progression':
      return { kind: value.kind };
    case 'custom':
      return { kind: value.kind, text: value.text };
  }
}

function doseOf(value: DoseFormValue): unknown {
  return {
    sets: value.sets,
    reps: value.reps,
    holdSeconds: value.holdSeconds,
    load: loadOf(value.load),
    tempo: value.tempo,
    restSeconds: value.restSeconds,
    frequency: frequencyOf(value.frequency),
    weeks: value.weeks,
    side: value.side,
    progression: progressionOf(value.progression),
    notes: value.notes,
  };
}

function requestOf(value: ExerciseFormValue): unknown {
  // The picture choice goes only when made: the usual exercise is drawn from the one it is based on, facing
  // right, and a draft saved before these fields existed has no value for them.
  const { poseFrom, mirrorPose, ...fields } = value;
  return {
    ...fields,
    ...(poseFrom ? { poseFrom } : {}),
    ...(mirrorPose === true ? { mirrorPose } : {}),
    defaultDose: doseOf(value.defaultDose),
  };
}

export type ParsedExercise =
  | { ok: true; request: CreateCustomExerciseRequest }
  | { ok: false; problems: Record<string, string[]> };

/**
 * The form as the create body, checked whole by the contract (the rules across fields included):
 * the body to send, or the contract's messages by field path (`defaultDose.load.amount`), which are
 * also the form's control paths.
 */
export function parseExercise(value: ExerciseFormValue): ParsedExercise {
  const parsed = createCustomExerciseRequest.safeParse(requestOf(value));
  return parsed.success
    ? { ok: true, request: parsed.data }
    : { ok: false, problems: fieldErrors(parsed.error.issues) };
}

/** The update body: the exercise plus the version the edit started from (a newer save is a 409). */
export function toUpdateRequest(
  request: CreateCustomExerciseRequest,
  version: number,
): UpdateCustomExerciseRequest {
  return { ...request, version };
}

/**
 * A part of one dose choice (the kg of a load, the days of a frequency), checked as the contract
 * checks the whole choice so the message is the contract's own, and only while that kind is chosen.
 */
function choicePart<Value>(
  contract: z.ZodType,
  part: keyof Value & string,
  choiceOf: (value: Value) => unknown,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const group = control.parent as FormGroup | null;
    if (!group) return null;
    const choice = choiceOf(group.getRawValue() as Value);
    if (choice === null) return null;
    const parsed = contract.safeParse(choice);
    if (parsed.success) return null;
    const messages = parsed.error.issues
      .filter((issue) => issue.path[0] === part)
      .map((issue) => issue.message);
    return messages.length ? { contract: messages } : null;
  };
}

/** One dose choice's inputs; a new kind checks its parts again. */
function choiceGroup<Value extends { kind: unknown }>(
  controls: Controls<Value>,
): FormGroup<Controls<Value>> {
  const group = new FormGroup(controls);
  const kind = controls.kind as AbstractControl;
  kind.valueChanges.subscribe(() => {
    for (const control of Object.values<AbstractControl>(controls)) {
      if (control !== kind) control.updateValueAndValidity({ emitEvent: false });
    }
  });
  return group;
}

function control<Value>(value: Value, validator?: ValidatorFn): FormControl<Value> {
  return new FormControl(value, { nonNullable: true, validators: validator ?? [] });
}

function doseGroup(): DoseFormGroup {
  type Load = DoseFormValue['load'];
  type Often = DoseFormValue['frequency'];
  type Progression = DoseFormValue['progression'];
  return new FormGroup({
    sets: control<number | null>(null, contractValidator(doseFields.sets)),
    reps: control<number | null>(null, contractValidator(doseFields.reps)),
    holdSeconds: control<number | null>(null, contractValidator(doseFields.holdSeconds)),
    load: choiceGroup<Load>({
      kind: control<LoadKind | null>(null),
      amount: control<number | null>(null, choicePart<Load>(loadContract, 'amount', loadOf)),
      colour: control<BandColour | null>(null, choicePart<Load>(loadContract, 'colour', loadOf)),
      rpe: control<number | null>(null, choicePart<Load>(loadContract, 'rpe', loadOf)),
    }),
    tempo: control('', contractValidator(doseFields.tempo)),
    restSeconds: control<number | null>(null, contractValidator(doseFields.restSeconds)),
    frequency: choiceGroup<Often>({
      kind: control<FrequencyKind | null>(null),
      days: control<number | null>(null, choicePart<Often>(frequencyContract, 'days', frequencyOf)),
      weekdays: control<Weekday[]>(
        [],
        choicePart<Often>(frequencyContract, 'weekdays', frequencyOf),
      ),
    }),
    weeks: control<number | null>(null, contractValidator(doseFields.weeks)),
    side: control<DoseSide>('both', contractValidator(doseFields.side)),
    progression: choiceGroup<Progression>({
      kind: control<ProgressionKind | null>(null),
      text: control('', choicePart<Progression>(progressionContract, 'text', progressionOf)),
    }),
    notes: control('', contractValidator(doseFields.notes)),
  });
}

/** A list's own rule (how many items), apart from each item's: those show beside the item. */
function listLength(schema: z.ZodType): ValidatorFn {
  return (list: AbstractControl): ValidationErrors | null => {
    const parsed = schema.safeParse(list.value);
    const messages = parsed.success
      ? []
      : parsed.error.issues.filter((issue) => issue.path.length === 0).map((i) => i.message);
    return messages.length ? { contract: messages } : null;
  };
}

export function newListItem(list: TextList, text = ''): FormControl<string> {
  return control(text, contractValidator(fields[list].element));
}

export function newPrecaution(
  value: PrecautionFormValue = { diagnoses: [], text: '', source: '' },
): PrecautionFormGroup {
  return new FormGroup({
    diagnoses: control(value.diagnoses, contractValidator(precautionFields.diagnoses)),
    text: control(value.text, contractValidator(precautionFields.text)),
    source: control(value.source, contractValidator(precautionFields.source)),
  });
}

/** The editor's form, each control checked by its field's schema in the contract. */
export function createExerciseForm(): ExerciseFormGroup {
  const form: ExerciseFormGroup = new FormGroup({
    name: control('', contractValidator(fields.name)),
    section: control<ProgramSection | null>(null, contractValidator(fields.section)),
    position: control<Position | null>(null, contractValidator(fields.position)),
    laterality: control<Laterality | null>(null, contractValidator(fields.laterality)),
    difficulty: control<Difficulty | null>(null, contractValidator(fields.difficulty)),
    primaryMuscles: control<MuscleGroup[]>([], contractValidator(fields.primaryMuscles)),
    secondaryMuscles: control<MuscleGroup[]>([], contractValidator(fields.secondaryMuscles)),
    equipment: control<EquipmentKind[]>([], contractValidator(fields.equipment)),
    steps: new FormArray<FormControl<string>>([], listLength(fields.steps)),
    cues: new FormArray<FormControl<string>>([], listLength(fields.cues)),
    mistakes: new FormArray<FormControl<string>>([], listLength(fields.mistakes)),
    precautions: new FormArray<PrecautionFormGroup>([], listLength(fields.precautions)),
    defaultDose: doseGroup(),
    regressionId: control<string | null>(null, contractValidator(fields.regressionId)),
    progressionId: control<string | null>(null, contractValidator(fields.progressionId)),
    poseFrom: control<string | null>(null),
    mirrorPose: control<boolean>(false),
    basedOn: control<string | null>(null),
  });
  fillExerciseForm(form, blankExercise());
  return form;
}

/**
 * Puts a whole exercise in the form as its new untouched starting point. A FormArray's reset keeps
 * its length, so each list first grows or shrinks to fit, keeping the controls it has.
 */
export function fillExerciseForm(form: ExerciseFormGroup, value: ExerciseFormValue): void {
  for (const list of ['steps', 'cues', 'mistakes'] as const) {
    resize(form.controls[list], value[list].length, () => newListItem(list));
  }
  resize(form.controls.precautions, value.precautions.length, () => newPrecaution());
  form.reset(value);
}

function resize<Control extends AbstractControl>(
  array: FormArray<Control>,
  length: number,
  create: () => Control,
): void {
  while (array.length > length) array.removeAt(array.length - 1, { emitEvent: false });
  while (array.length < length) array.push(create(), { emitEvent: false });
}

/** The form's values with every list as long as it is: what a draft keeps. */
export function formValue(form: ExerciseFormGroup): ExerciseFormValue {
  return form.getRawValue() as ExerciseFormValue;
}

export type FieldDifference = StaleFieldDifference & { field: keyof ExerciseFormValue };

/** Every field the editor saves (a copy's origin is not edited). */
const editableFields = (Object.keys(exerciseFieldLabels) as (keyof ExerciseFormValue)[]).filter(
  (field) => field !== 'basedOn',
);

/**
 * "Keep my changes" after someone else saved: the fields this edit changed (from `base`, the values
 * it started from) take the edit's values; every other field keeps the saved exercise's, so a
 * colleague's change to a field the therapist never touched survives.
 */
export function mergeEdits(
  saved: ExerciseFormValue,
  mine: ExerciseFormValue,
  base: ExerciseFormValue,
): ExerciseFormValue {
  const merged: Record<string, unknown> = { ...saved };
  for (const field of editableFields) {
    if (!same(mine[field], base[field])) merged[field] = mine[field];
  }
  return merged as unknown as ExerciseFormValue;
}

/** The fields where the saved exercise and the edit disagree, in words, with what a merge keeps. */
export function differences(
  saved: ExerciseFormValue,
  mine: ExerciseFormValue,
  base: ExerciseFormValue,
  nameOf: (id: string) => string | undefined,
): FieldDifference[] {
  const merged = mergeEdits(saved, mine, base);
  return editableFields
    .filter((field) => !same(saved[field], mine[field]))
    .map((field) => ({
      field,
      label: exerciseFieldLabels[field],
      saved: shown(field, saved, nameOf),
      yours: shown(field, mine, nameOf),
      kept: shown(field, merged, nameOf),
    }));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const empty = '(empty)';

function shown(
  field: keyof ExerciseFormValue,
  value: ExerciseFormValue,
  nameOf: (id: string) => string | undefined,
): string {
  const list = (items: string[]) =>
    items
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' · ') || empty;
  switch (field) {
    case 'section':
      return value.section ? programSectionLabels[value.section] : empty;
    case 'position':
      return value.position ? positionLabels[value.position] : empty;
    case 'laterality':
      return value.laterality ? lateralityLabels[value.laterality] : empty;
    case 'difficulty':
      return value.difficulty
        ? `${value.difficulty} · ${difficultyLabels[value.difficulty]}`
        : empty;
    case 'primaryMuscles':
    case 'secondaryMuscles':
      return list(value[field].map((m) => muscleGroupLabels[m]));
    case 'equipment':
      return list(value.equipment.map((k) => equipmentLabels[k]));
    case 'steps':
      return list(value.steps.map((step, i) => `${i + 1}. ${step}`));
    case 'cues':
    case 'mistakes':
      return list(value[field]);
    case 'precautions':
      return list(
        value.precautions.map(
          (p) => `${p.diagnoses.map((d) => diagnosisLabels[d]).join(', ')}: ${p.text}`,
        ),
      );
    case 'defaultDose': {
      const parsed = doseContract.safeParse(doseOf(value.defaultDose));
      return parsed.success
        ? doseInWords(parsed.data)
            .map((line) => `${line.label}: ${line.text}`)
            .join(' · ')
        : 'An incomplete dose';
    }
    case 'regressionId':
    case 'progressionId': {
      const id = value[field];
      return id ? (nameOf(id) ?? id) : 'None';
    }
    case 'poseFrom': {
      const id = value.poseFrom;
      return id ? (nameOf(id) ?? id) : 'The exercise it is based on';
    }
    case 'mirrorPose':
      return value.mirrorPose ? 'Yes' : 'No';
    case 'name':
    case 'basedOn':
      return value[field]?.trim() || empty;
  }
}
