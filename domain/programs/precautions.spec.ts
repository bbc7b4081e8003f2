import { catalogueExercise } from '../exercises/catalogue';
import { meniscusDeepBend } from '../exercises/standard-precautions';
import { standardDose } from './dose';
import { precautionsFor, precautionWarnings } from './precautions';
import { addItem, emptyProgram } from './program';

const dose = standardDose();
const program = [
  ['quadriceps', 'bodyweight-squat'],
  ['quadriceps', 'mini-squat'],
  ['quadriceps', 'goblet-squat'],
  ['glutes_hip', 'glute-bridge'],
  ['other', 'deleted-custom-exercise'],
].reduce(
  (p, [section, exerciseId]) => addItem(p, section as 'quadriceps', { exerciseId, dose }),
  emptyProgram(),
);

describe('precaution warnings', () => {
  it("match an exercise's cautions to the patient's diagnosis", () => {
    const squat = catalogueExercise('bodyweight-squat')!;
    expect(precautionsFor(squat, 'meniscus_nonop')).toEqual([meniscusDeepBend]);
    expect(precautionsFor(squat, 'meniscus_postop')).toEqual([meniscusDeepBend]);
    expect(precautionsFor(squat, 'itbs')).toEqual([]);
  });

  it('flag each program row whose exercise has a caution for the diagnosis, in builder order, with its source', () => {
    const warnings = precautionWarnings(program, 'meniscus_nonop', catalogueExercise);
    expect(warnings.map((w) => `${w.itemId} ${w.exerciseName}`)).toEqual([
      'i1 Body-weight squat',
      'i3 Goblet squat',
    ]);
    expect(warnings[0]).toEqual({
      itemId: 'i1',
      section: 'quadriceps',
      exerciseId: 'bodyweight-squat',
      exerciseName: 'Body-weight squat',
      diagnosis: 'meniscus_nonop',
      text: meniscusDeepBend.text,
      source: '[practice] meniscus rehabilitation',
    });
  });

  it('give one warning per matching caution', () => {
    const warnings = precautionWarnings(program, 'patellofemoral_pain', catalogueExercise);
    expect(warnings.map((w) => w.exerciseId)).toEqual(['goblet-squat']);
    expect(warnings[0].source).toContain('Silbernagel');
  });

  it('stay silent for a diagnosis no exercise is cautioned for, and for unknown exercises', () => {
    expect(precautionWarnings(program, 'itbs', catalogueExercise)).toEqual([]);
    expect(precautionWarnings(program, 'other', catalogueExercise)).toEqual([]);
  });
});
