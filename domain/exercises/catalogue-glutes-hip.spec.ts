import { catalogue } from './catalogue';
import { glutesHipExercises } from './catalogue-glutes-hip';
import { ladderOf } from './ladders';

const lookup = (id: string) => catalogue.find((e) => e.id === id);
const ladderIds = (id: string) => ladderOf(lookup(id)!, lookup).map((e) => e.id);

describe('glutes and hip catalogue', () => {
  it('puts every exercise in the Glutes & hip section with a hip muscle group as a main muscle', () => {
    for (const e of glutesHipExercises) {
      expect(e.section).withContext(e.id).toBe('glutes_hip');
      expect(e.primaryMuscles.some((m) => m.startsWith('hip_')))
        .withContext(e.id)
        .toBeTrue();
    }
  });

  it('climbs glute bridge → single-leg bridge → hip thrust', () => {
    expect(ladderIds('glute-bridge').slice(0, 3)).toEqual([
      'glute-bridge',
      'single-leg-bridge',
      'hip-thrust',
    ]);
  });

  it('climbs clamshell → banded clamshell → side-lying abduction → side plank with abduction', () => {
    expect(ladderIds('clamshell')).toEqual([
      'clamshell',
      'banded-clamshell',
      'side-lying-hip-abduction',
      'side-plank-with-abduction',
    ]);
  });

  it('offers both hip abductor and hip extensor work', () => {
    const main = glutesHipExercises.flatMap((e) => e.primaryMuscles);
    expect(main.filter((m) => m === 'hip_abductors').length).toBeGreaterThanOrEqual(5);
    expect(main.filter((m) => m === 'hip_extensors').length).toBeGreaterThanOrEqual(5);
  });
});
