import { createCustomExerciseRequest } from '../contracts/exercises';
import { catalogueExercise } from './catalogue';
import { copyAsCustom } from './copy-exercise';

describe('copying a catalogue exercise', () => {
  const original = catalogueExercise('banded-clamshell')!;

  it('gives a valid custom exercise based on the original, without its id', () => {
    const copy = copyAsCustom(original);
    expect('id' in copy).toBeFalse();
    expect(copy.basedOn).toBe('banded-clamshell');
    expect(copy.name).toBe(original.name);
    expect(createCustomExerciseRequest.safeParse(copy).success).toBeTrue();
  });

  it('shares nothing with the catalogue, so editing the copy leaves the original alone', () => {
    const copy = copyAsCustom(original);
    copy.steps.push('Rest.');
    copy.defaultDose.sets = 1;
    expect(original.steps.length).toBe(5);
    expect(original.defaultDose.sets).toBe(3);
  });

  it('keeps the ladder links into the catalogue', () => {
    const copy = copyAsCustom(original);
    expect([copy.regressionId, copy.progressionId]).toEqual([
      'clamshell',
      'side-lying-hip-abduction',
    ]);
  });
});
