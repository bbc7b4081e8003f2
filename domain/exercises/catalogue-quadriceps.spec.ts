import { catalogue } from './catalogue';
import { quadricepsExercises } from './catalogue-quadriceps';
import { ladderOf } from './ladders';

const lookup = (id: string) => catalogue.find((e) => e.id === id);
const ladderIds = (id: string) => ladderOf(lookup(id)!, lookup).map((e) => e.id);

describe('quadriceps catalogue', () => {
  it('puts every exercise in the Quadriceps section with the quadriceps as a main muscle', () => {
    for (const e of quadricepsExercises) {
      expect(e.section).withContext(e.id).toBe('quadriceps');
      expect(e.primaryMuscles).withContext(e.id).toContain('quadriceps');
    }
  });

  it('climbs wall sit → body-weight squat → goblet squat → split squat → Bulgarian split squat', () => {
    expect(ladderIds('goblet-squat')).toEqual([
      'wall-sit',
      'bodyweight-squat',
      'goblet-squat',
      'split-squat',
      'bulgarian-split-squat',
    ]);
  });

  it('has squats, lunges, the leg press and step-ups, as the seed story advises', () => {
    const ids = quadricepsExercises.map((e) => e.id);
    expect(ids).toEqual(
      jasmine.arrayContaining(['bodyweight-squat', 'forward-lunge', 'leg-press', 'step-up']),
    );
  });

  it('cautions meniscus patients on the deep loaded knee bends but not on the short-range exercises', () => {
    const cautioned = (id: string) =>
      lookup(id)!.precautions.some((p) => p.diagnoses.includes('meniscus_nonop'));
    for (const id of [
      'bodyweight-squat',
      'goblet-squat',
      'split-squat',
      'bulgarian-split-squat',
      'forward-lunge',
    ]) {
      expect(cautioned(id)).withContext(id).toBeTrue();
    }
    for (const id of [
      'quad-set',
      'straight-leg-raise',
      'mini-squat',
      'wall-sit',
      'terminal-knee-extension',
    ]) {
      expect(cautioned(id)).withContext(id).toBeFalse();
    }
  });
});
