import { exerciseListQuery } from '../contracts/exercises';
import { catalogue } from './catalogue';
import { filterExercises } from './exercise-filter';

const ids = (filter: Parameters<typeof filterExercises>[1]) =>
  filterExercises(catalogue, filter).map((e) => e.id);

describe('exercise filter', () => {
  it('lets everything through with no filter, in catalogue order', () => {
    expect(ids({})).toEqual(catalogue.map((e) => e.id));
  });

  it('finds every search word in the name, ignoring case and accents', () => {
    expect(ids({ q: 'SPLIT squat' })).toEqual(['split-squat', 'bulgarian-split-squat']);
    expect(ids({ q: 'búlgarian' })).toEqual(['bulgarian-split-squat']);
  });

  it('searches muscle groups and equipment too', () => {
    expect(ids({ q: 'ball' })).toEqual(['ball-hamstring-curl', 'single-leg-ball-curl']);
    expect(ids({ q: 'glutes clamshell' })).toEqual(['clamshell', 'banded-clamshell']);
  });

  it('filters by main muscle group only', () => {
    const hamstrings = filterExercises(catalogue, { muscleGroup: ['hamstrings'] });
    expect(hamstrings.every((e) => e.primaryMuscles.includes('hamstrings'))).toBeTrue();
    expect(hamstrings.map((e) => e.id)).not.toContain('glute-bridge');
  });

  it('filters by any of the chosen equipment; "none" finds exercises that need nothing', () => {
    const bandOrBall = filterExercises(catalogue, { equipment: ['band', 'ball'] });
    expect(
      bandOrBall.every((e) => e.equipment.includes('band') || e.equipment.includes('ball')),
    ).toBeTrue();
    expect(
      filterExercises(catalogue, { equipment: ['none'] }).every((e) => e.equipment[0] === 'none'),
    ).toBeTrue();
    expect(ids({ equipment: ['wall'] })).toEqual(['wall-sit']);
  });

  it('filters by difficulty', () => {
    expect(ids({ difficulty: [5] })).toEqual(['nordic-curl']);
  });

  it('leaves out exercises with a caution for the chosen diagnosis', () => {
    const suitable = ids({ suitableFor: 'meniscus_nonop' });
    expect(suitable).toContain('mini-squat');
    expect(suitable).not.toContain('bodyweight-squat');
    expect(ids({ suitableFor: 'itbs' }).length).toBe(catalogue.length);
  });

  it('combines filters', () => {
    expect(ids({ q: 'squat', suitableFor: 'meniscus_nonop' })).toEqual([
      'mini-squat',
      'spanish-squat',
    ]);
  });

  it('takes a parsed list query as it is', () => {
    const query = exerciseListQuery.parse({
      muscleGroup: 'calf',
      equipment: 'step_box',
      difficulty: '3',
    });
    expect(filterExercises(catalogue, query).map((e) => e.id)).toEqual([
      'single-leg-calf-raise-on-step',
    ]);
  });
});
