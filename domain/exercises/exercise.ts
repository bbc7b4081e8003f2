import * as z from 'zod';
import { diagnosis } from '../contracts/patients';
import { dose } from '../programs/dose';
import { programSection } from '../programs/program';
import { exerciseId } from './exercise-id';

/**
 * Muscle groups by what they do, so a filter never has to guess what "glutes" covers: gluteus maximus is the main
 * hip extensor, gluteus medius and minimus the hip abductors. The builder's "Glutes & hip" section holds both.
 */
export const muscleGroups = [
  'quadriceps',
  'hamstrings',
  'hip_extensors',
  'hip_abductors',
  'hip_adductors',
  'hip_flexors',
  'calf',
  'trunk',
] as const;
export const muscleGroup = z.enum(muscleGroups, { error: 'Choose a muscle group.' });
export type MuscleGroup = z.infer<typeof muscleGroup>;
export const muscleGroupLabels: Record<MuscleGroup, string> = {
  quadriceps: 'Quadriceps',
  hamstrings: 'Hamstrings',
  hip_extensors: 'Glutes: hip extensors',
  hip_abductors: 'Glutes: hip abductors',
  hip_adductors: 'Hip adductors',
  hip_flexors: 'Hip flexors',
  calf: 'Calf',
  trunk: 'Trunk',
};

/** Everything the exercise needs (all of it, not a choice); `none` means nothing beyond a floor, chair or mat. */
export const equipmentKinds = [
  'none',
  'band',
  'dumbbell',
  'kettlebell',
  'machine',
  'step_box',
  'wall',
  'ball',
] as const;
export const equipmentKind = z.enum(equipmentKinds, { error: 'Choose the equipment.' });
export type EquipmentKind = z.infer<typeof equipmentKind>;
export const equipmentLabels: Record<EquipmentKind, string> = {
  none: 'No equipment',
  band: 'Resistance band',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  machine: 'Gym machine',
  step_box: 'Step or box',
  wall: 'Wall',
  ball: 'Exercise ball',
};

/** The starting position, which also picks the base pose for the exercise's illustration. */
export const positions = [
  'standing',
  'sitting',
  'supine',
  'prone',
  'side_lying',
  'kneeling',
  'quadruped',
] as const;
export const position = z.enum(positions, { error: 'Choose the starting position.' });
export type Position = z.infer<typeof position>;
export const positionLabels: Record<Position, string> = {
  standing: 'Standing',
  sitting: 'Sitting',
  supine: 'Lying on the back',
  prone: 'Lying face down',
  side_lying: 'Lying on the side',
  kneeling: 'Kneeling',
  quadruped: 'On hands and knees',
};

/** Two-legged (both sides work together) or one-legged (one side works at a time). */
export const lateralities = ['bilateral', 'unilateral'] as const;
export const laterality = z.enum(lateralities, {
  error: 'Say whether one or both sides work at once.',
});
export type Laterality = z.infer<typeof laterality>;

export const difficulties = [1, 2, 3, 4, 5] as const;
export const difficulty = z.literal(difficulties, { error: 'Choose a difficulty from 1 to 5.' });
export type Difficulty = z.infer<typeof difficulty>;
export const difficultyLabels: Record<Difficulty, string> = {
  1: 'Very easy',
  2: 'Easy',
  3: 'Moderate',
  4: 'Hard',
  5: 'Very hard',
};

const text = (max: number, empty: string, tooLong: string) =>
  z.string({ error: empty }).trim().min(1, { error: empty }).max(max, { error: tooLong });

/**
 * A caution that applies when the patient has one of these diagnoses. The text is written for the patient (it is
 * printed on the handout); the source is the short citation the builder shows with the warning.
 */
export const precaution = z.object({
  diagnoses: z.array(diagnosis, { error: 'Choose the diagnoses this caution is for.' }).min(1, {
    error: 'Choose the diagnoses this caution is for.',
  }),
  text: text(300, 'Write the caution.', 'A caution is at most 300 characters.'),
  source: text(200, 'Give the source of the caution.', 'A source is at most 200 characters.'),
});
export type Precaution = z.infer<typeof precaution>;

/** The fields of an exercise; `exercise` adds the checks across fields. Custom exercises use the same fields. */
export const exerciseFields = z.object({
  id: exerciseId,
  name: text(60, 'Name the exercise.', 'The name is at most 60 characters.'),
  primaryMuscles: z
    .array(muscleGroup, { error: 'Choose the main muscle groups.' })
    .min(1, { error: 'Choose at least one main muscle group.' })
    .max(3, { error: 'Choose at most 3 main muscle groups.' }),
  secondaryMuscles: z
    .array(muscleGroup, { error: 'Choose the other muscle groups.' })
    .max(4, { error: 'Choose at most 4 other muscle groups.' })
    .default([]),
  equipment: z
    .array(equipmentKind, { error: 'Choose the equipment.' })
    .min(1, { error: 'Choose the equipment, or "No equipment".' })
    .max(3, { error: 'Choose at most 3 pieces of equipment.' }),
  position,
  laterality,
  difficulty,
  steps: z
    .array(
      text(200, 'Write each step, or remove the empty one.', 'A step is at most 200 characters.'),
      {
        error: 'Give 3 to 6 steps.',
      },
    )
    .min(3, { error: 'Give 3 to 6 steps.' })
    .max(6, { error: 'Give 3 to 6 steps.' }),
  cues: z
    .array(
      text(120, 'Write each cue, or remove the empty one.', 'A cue is at most 120 characters.'),
      {
        error: 'Give 2 or 3 cues.',
      },
    )
    .min(2, { error: 'Give 2 or 3 cues.' })
    .max(3, { error: 'Give 2 or 3 cues.' }),
  mistakes: z
    .array(
      text(
        160,
        'Write each mistake, or remove the empty one.',
        'A mistake is at most 160 characters.',
      ),
      {
        error: 'Name 1 to 4 common mistakes.',
      },
    )
    .min(1, { error: 'Name 1 to 4 common mistakes.' })
    .max(4, { error: 'Name 1 to 4 common mistakes.' }),
  precautions: z.array(precaution).max(4, { error: 'Give at most 4 cautions.' }).default([]),
  defaultDose: dose,
  /** One step easier on the exercise's ladder, and one step harder. */
  regressionId: exerciseId.nullable().default(null),
  progressionId: exerciseId.nullable().default(null),
  section: programSection,
});

type ExerciseFieldsOutput = z.output<typeof exerciseFields>;

function duplicate<T>(values: readonly T[]): boolean {
  return new Set(values).size !== values.length;
}

/** Checks across fields, shared with the custom-exercise contract (which has no id until the server gives one). */
export function checkExercise(
  e: Omit<ExerciseFieldsOutput, 'id'> & { id?: string },
  ctx: z.RefinementCtx,
): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (duplicate(e.primaryMuscles)) issue(['primaryMuscles'], 'Choose each muscle group once.');
  if (duplicate(e.secondaryMuscles)) issue(['secondaryMuscles'], 'Choose each muscle group once.');
  if (e.secondaryMuscles.some((m) => e.primaryMuscles.includes(m))) {
    issue(['secondaryMuscles'], 'A main muscle group is not also another muscle group.');
  }
  if (duplicate(e.equipment)) issue(['equipment'], 'Choose each piece of equipment once.');
  if (e.equipment.includes('none') && e.equipment.length > 1) {
    issue(['equipment'], '"No equipment" cannot go with other equipment.');
  }
  e.precautions.forEach((p, i) => {
    if (duplicate(p.diagnoses))
      issue(['precautions', i, 'diagnoses'], 'Choose each diagnosis once.');
  });
  if (e.defaultDose.side === 'both' && e.laterality === 'unilateral') {
    issue(
      ['defaultDose', 'side'],
      'A one-legged exercise is done on each side, one side or alternating.',
    );
  }
  if (e.defaultDose.side !== 'both' && e.laterality === 'bilateral') {
    issue(['defaultDose', 'side'], 'A two-legged exercise is done with both legs together.');
  }
  if (e.id !== undefined && e.regressionId === e.id)
    issue(['regressionId'], 'An exercise cannot be its own regression.');
  if (e.id !== undefined && e.progressionId === e.id)
    issue(['progressionId'], 'An exercise cannot be its own progression.');
  if (e.regressionId !== null && e.regressionId === e.progressionId) {
    issue(['progressionId'], 'The progression and the regression must be different exercises.');
  }
}

export const exercise = exerciseFields.superRefine(checkExercise);
export type Exercise = z.output<typeof exercise>;

/** Finds an exercise by id: the catalogue's, or the catalogue plus a clinic's custom exercises. */
export type ExerciseLookup = (id: string) => Exercise | undefined;
