import { catalogue } from './catalogue';
import { hamstringExercises } from './catalogue-hamstrings';
import { ladderOf } from './ladders';

const lookup = (id: string) => catalogue.find((e) => e.id === id);

describe('hamstrings catalogue', () => {
  it('puts every exercise in the Hamstrings section with the hamstrings as a main muscle', () => {
    for (const e of hamstringExercises) {
      expect(e.section).withContext(e.id).toBe('hamstrings');
      expect(e.primaryMuscles).withContext(e.id).toContain('hamstrings');
    }
  });

  it('progresses the hamstring bridge walk-out to the Nordic curl', () => {
    expect(lookup('hamstring-bridge-walkout')!.progressionId).toBe('nordic-curl');
    expect(lookup('nordic-curl')!.regressionId).toBe('hamstring-bridge-walkout');
  });

  it('makes the Nordic curl the hardest step of its ladder', () => {
    const ladder = ladderOf(lookup('long-lever-bridge')!, lookup);
    expect(ladder.map((e) => e.id)).toEqual([
      'long-lever-bridge',
      'hamstring-bridge-walkout',
      'nordic-curl',
    ]);
    expect(ladder[ladder.length - 1].difficulty).toBe(5);
  });

  it('asks post-operative meniscus patients to wait for the go-ahead before Nordic curls', () => {
    const diagnoses = lookup('nordic-curl')!.precautions.flatMap((p) => p.diagnoses);
    expect(diagnoses).toContain('meniscus_postop');
  });
});
