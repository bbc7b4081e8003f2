import * as z from 'zod';
import { catalogue, catalogueExercise } from '../exercises/catalogue';
import { copyAsCustom } from '../exercises/copy-exercise';
import { fieldErrors } from './api-error';
import {
  createCustomExerciseRequest,
  exerciseListQuery,
  exerciseResponse,
  updateCustomExerciseRequest,
} from './exercises';

const custom = copyAsCustom(catalogueExercise('step-up')!);

function errorsOf(input: unknown, schema: z.ZodType = createCustomExerciseRequest) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('custom exercise contract', () => {
  it('accepts a copy of a catalogue exercise', () => {
    expect(errorsOf(custom)).toEqual({});
  });

  it('ignores an id sent by the client: the server gives one', () => {
    const parsed = createCustomExerciseRequest.parse({ ...custom, id: 'step-up' });
    expect('id' in parsed).toBeFalse();
  });

  it('needs no base exercise', () => {
    const { basedOn: _b, ...scratch } = custom;
    expect(createCustomExerciseRequest.parse(scratch).basedOn).toBeNull();
  });

  it('checks the same fields as the catalogue, with messages for the form', () => {
    expect(errorsOf({ ...custom, steps: ['Step up.'] })['steps']).toEqual(['Give 3 to 6 steps.']);
    expect(errorsOf({ ...custom, cues: [] })['cues']).toEqual(['Give 2 or 3 cues.']);
    expect(
      errorsOf({ ...custom, defaultDose: { ...custom.defaultDose, reps: 0 } })['defaultDose.reps'],
    ).toEqual(['Enter 1 to 100 repetitions.']);
    expect(errorsOf({ ...custom, equipment: ['none', 'ball'] })['equipment']).toEqual([
      '"No equipment" cannot go with other equipment.',
    ]);
    expect(errorsOf({ ...custom, basedOn: 'Step Up' })['basedOn']).toEqual(['Unknown exercise.']);
  });

  it('edits with the version it was read at', () => {
    expect(errorsOf(custom, updateCustomExerciseRequest)['version']).toBeDefined();
    expect(errorsOf({ ...custom, version: 2 }, updateCustomExerciseRequest)).toEqual({});
  });
});

describe('exercise list contract', () => {
  it('answers with catalogue exercises marked read-only by origin', () => {
    const parsed = exerciseResponse.parse({
      ...catalogueExercise('clamshell')!,
      origin: 'catalogue',
      basedOn: null,
      version: null,
    });
    expect(parsed.origin).toBe('catalogue');
  });

  it('encodes every catalogue exercise unchanged (the API serialises responses with z.encode)', () => {
    for (const e of catalogue) {
      const listed = { ...e, origin: 'catalogue' as const, basedOn: null, version: null };
      expect(z.encode(exerciseResponse, listed)).withContext(e.id).toEqual(listed);
    }
  });

  it('reads comma-separated filters from the query string', () => {
    expect(
      exerciseListQuery.parse({
        q: ' squat ',
        muscleGroup: 'quadriceps,hip_extensors',
        equipment: 'none',
        difficulty: '1,2',
        suitableFor: 'meniscus_nonop',
      }),
    ).toEqual({
      q: 'squat',
      muscleGroup: ['quadriceps', 'hip_extensors'],
      equipment: ['none'],
      difficulty: [1, 2],
      suitableFor: 'meniscus_nonop',
    });
  });

  it('accepts no filters at all', () => {
    expect(exerciseListQuery.parse({})).toEqual({});
  });

  it('rejects unknown filter values with a message', () => {
    expect(errorsOf({ muscleGroup: 'biceps' }, exerciseListQuery)['muscleGroup.0']).toEqual([
      'Unknown muscle group.',
    ]);
    expect(errorsOf({ equipment: 'rowing_machine' }, exerciseListQuery)['equipment.0']).toEqual([
      'Unknown equipment.',
    ]);
    expect(errorsOf({ difficulty: '6' }, exerciseListQuery)['difficulty.0']).toEqual([
      'Difficulty is 1 to 5.',
    ]);
    expect(errorsOf({ difficulty: 'hard' }, exerciseListQuery)['difficulty.0']).toEqual([
      'Difficulty is 1 to 5.',
    ]);
    expect(errorsOf({ suitableFor: 'flu' }, exerciseListQuery)['suitableFor']).toEqual([
      'Choose a diagnosis.',
    ]);
    expect(errorsOf({ q: 'x'.repeat(101) }, exerciseListQuery)['q']).toEqual([
      'Search text is at most 100 characters.',
    ]);
  });
});
