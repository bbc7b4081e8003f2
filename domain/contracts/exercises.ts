import * as z from 'zod';
import { csvOf } from './query-strings';
import { checkExercise, equipmentKinds, exerciseFields, muscleGroups } from '../exercises/exercise';
import { exerciseId } from '../exercises/exercise-id';
import { diagnosis } from './patients';

/** Catalogue exercises are built in and read-only; custom ones belong to a clinic and live in its database. */
export const exerciseOrigins = ['catalogue', 'custom'] as const;
export const exerciseOrigin = z.enum(exerciseOrigins, { error: 'Origin is catalogue or custom.' });
export type ExerciseOrigin = z.infer<typeof exerciseOrigin>;

/**
 * How a custom exercise is drawn (issue 5) when it has no uploaded picture: the start and end poses of a catalogue
 * exercise (`poseFrom`, else the one it is `basedOn`), optionally mirrored to face the other way.
 */
const customPicture = {
  poseFrom: exerciseId.nullable().optional(),
  mirrorPose: z.boolean({ error: 'Say whether to mirror the picture.' }).optional(),
};

/**
 * A clinic's own exercise: the same fields and checks as a catalogue exercise. The server gives it its id (a uuid).
 * `basedOn` names the catalogue exercise it was copied from, whose illustration it starts from.
 */
const customExerciseFields = exerciseFields.omit({ id: true }).extend({
  basedOn: exerciseId.nullable().default(null),
  ...customPicture,
});

export const createCustomExerciseRequest = customExerciseFields.superRefine(checkExercise);
export type CreateCustomExerciseRequest = z.input<typeof createCustomExerciseRequest>;
export type CustomExerciseFields = z.output<typeof createCustomExerciseRequest>;

/** Edit a custom exercise: the whole exercise plus the version it was read at (409 if someone saved since). */
export const updateCustomExerciseRequest = customExerciseFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(checkExercise);
export type UpdateCustomExerciseRequest = z.input<typeof updateCustomExerciseRequest>;

/** Any text: an unknown id is a 404 whatever its shape. */
export const exerciseParams = z.object({ id: z.string() });

/** One exercise as the library lists it. `version` is null for catalogue exercises, which never change. */
export const exerciseResponse = exerciseFields.extend({
  origin: exerciseOrigin,
  basedOn: z.string().nullable(),
  version: z.number().int().nullable(),
  poseFrom: z.string().nullable().optional(),
  mirrorPose: z.boolean().optional(),
  /** The clinic's uploaded picture, when there is one: it replaces the drawn poses. */
  imageUrl: z.string().optional(),
});

/** A picture upload that was refused answers 400 with one of these messages (domain/illustrations/image-upload). */
export const exerciseImageResponse = z.object({ imageUrl: z.string() });
export type ExerciseImageResponse = z.infer<typeof exerciseImageResponse>;

/**
 * GET /api/exercises/:id/image: `v` names one picture the exercise ever had (each upload's URL carries its id); any
 * other `v` (a handout printed before pictures had ids) or none shows the picture shown now.
 */
export const exerciseImageQuery = z.object({ v: z.string().max(100).optional() });
export type ExerciseResponse = z.infer<typeof exerciseResponse>;

export const exerciseList = z.object({ items: z.array(exerciseResponse) });
export type ExerciseList = z.infer<typeof exerciseList>;

const difficultyMessage = 'Difficulty is 1 to 5.';
const difficultyLevel = z
  .number({ error: difficultyMessage })
  .int({ error: difficultyMessage })
  .min(1, { error: difficultyMessage })
  .max(5, { error: difficultyMessage });

/** The library's search and filters; the output fits `filterExercises` from domain/exercises/exercise-filter. */
export const exerciseListQuery = z.object({
  q: z.string().trim().max(100, { error: 'Search text is at most 100 characters.' }).optional(),
  muscleGroup: csvOf(muscleGroups, 'Unknown muscle group.'),
  equipment: csvOf(equipmentKinds, 'Unknown equipment.'),
  difficulty: z
    .string()
    .transform((s) => s.split(',').filter(Boolean).map(Number))
    .pipe(z.array(difficultyLevel))
    .optional(),
  suitableFor: diagnosis.optional(),
  origin: exerciseOrigin.optional(),
});
export type ExerciseListQuery = z.input<typeof exerciseListQuery>;
