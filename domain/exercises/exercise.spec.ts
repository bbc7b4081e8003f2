import { fieldErrors } from '../contracts/api-error';
import { catalogueExercise } from './catalogue';
import { exercise, type Exercise } from './exercise';

const squat = catalogueExercise('bodyweight-squat')!;
const bridge = catalogueExercise('single-leg-bridge')!;

function errorsOf(e: Partial<Exercise> & Record<string, unknown>): Record<string, string[]> {
  const parsed = exercise.safeParse(e);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('exercise schema', () => {
  it('accepts a catalogue exercise as it is', () => {
    expect(errorsOf(squat)).toEqual({});
  });

  const bad: [string, Partial<Exercise> & Record<string, unknown>, string][] = [
    ['id', { id: 'Goblet Squat' }, 'Unknown exercise.'],
    ['name', { name: '  ' }, 'Name the exercise.'],
    ['steps', { steps: ['One.', 'Two.'] }, 'Give 3 to 6 steps.'],
    ['steps', { steps: ['1.', '2.', '3.', '4.', '5.', '6.', '7.'] }, 'Give 3 to 6 steps.'],
    ['steps.1', { steps: ['One.', ' ', 'Three.'] }, 'Write each step, or remove the empty one.'],
    ['cues', { cues: ['Only one.'] }, 'Give 2 or 3 cues.'],
    ['cues', { cues: ['1.', '2.', '3.', '4.'] }, 'Give 2 or 3 cues.'],
    ['mistakes', { mistakes: [] }, 'Name 1 to 4 common mistakes.'],
    ['difficulty', { difficulty: 6 as never }, 'Choose a difficulty from 1 to 5.'],
    ['difficulty', { difficulty: 0 as never }, 'Choose a difficulty from 1 to 5.'],
    ['primaryMuscles', { primaryMuscles: [] }, 'Choose at least one main muscle group.'],
    [
      'primaryMuscles',
      { primaryMuscles: ['quadriceps', 'quadriceps'] },
      'Choose each muscle group once.',
    ],
    [
      'secondaryMuscles',
      { secondaryMuscles: ['quadriceps'] },
      'A main muscle group is not also another muscle group.',
    ],
    ['equipment', { equipment: [] }, 'Choose the equipment, or "No equipment".'],
    [
      'equipment',
      { equipment: ['none', 'band'] },
      '"No equipment" cannot go with other equipment.',
    ],
    ['position', { position: 'upside_down' as never }, 'Choose the starting position.'],
    [
      'regressionId',
      { regressionId: 'bodyweight-squat' },
      'An exercise cannot be its own regression.',
    ],
    [
      'progressionId',
      { progressionId: 'bodyweight-squat' },
      'An exercise cannot be its own progression.',
    ],
    [
      'progressionId',
      { regressionId: 'wall-sit', progressionId: 'wall-sit' },
      'The progression and the regression must be different exercises.',
    ],
    [
      'defaultDose.sets',
      { defaultDose: { ...squat.defaultDose, sets: 12 } },
      'Enter 1 to 10 sets.',
    ],
    [
      'defaultDose.side',
      { defaultDose: { ...squat.defaultDose, side: 'each' } },
      'A two-legged exercise is done with both legs together.',
    ],
    [
      'precautions.0.diagnoses',
      { precautions: [{ diagnoses: [], text: 'Careful.', source: 'x' }] },
      'Choose the diagnoses this caution is for.',
    ],
  ];
  for (const [field, change, message] of bad) {
    it(`rejects ${field} = ${JSON.stringify(Object.values(change)[0])} with "${message}"`, () => {
      expect(errorsOf({ ...squat, ...change })[field]).toContain(message);
    });
  }

  it('asks a one-legged exercise for a per-side dose', () => {
    expect(
      errorsOf({ ...bridge, defaultDose: { ...bridge.defaultDose, side: 'both' } })[
        'defaultDose.side'
      ],
    ).toEqual(['A one-legged exercise is done on each side, one side or alternating.']);
  });

  it('leaves out no ladder link: absent means none', () => {
    const { regressionId: _r, progressionId: _p, ...unlinked } = squat;
    const parsed = exercise.parse(unlinked);
    expect([parsed.regressionId, parsed.progressionId]).toEqual([null, null]);
  });
});
