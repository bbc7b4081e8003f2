import { calfTrunkExercises } from './catalogue-calf-trunk';

describe('calf and trunk catalogue', () => {
  it('puts every exercise in the Other section', () => {
    expect(calfTrunkExercises.every((e) => e.section === 'other')).toBeTrue();
  });

  it('trains the calf, including the soleus with a bent knee, and the trunk', () => {
    const ids = calfTrunkExercises.map((e) => e.id);
    expect(ids).toEqual(
      jasmine.arrayContaining(['calf-raise', 'seated-calf-raise', 'front-plank', 'side-plank']),
    );
  });

  it('gives one-sided trunk exercises a per-side dose', () => {
    for (const e of calfTrunkExercises.filter((x) => x.laterality === 'unilateral')) {
      expect(['each', 'alternating']).withContext(e.id).toContain(e.defaultDose.side);
    }
  });
});
