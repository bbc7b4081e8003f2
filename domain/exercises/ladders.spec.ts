import { catalogue, catalogueExercise } from './catalogue';
import type { Exercise } from './exercise';
import { ladderOf, ladderProblems } from './ladders';

const base = catalogueExercise('glute-bridge')!;
const ex = (id: string, regressionId: string | null, progressionId: string | null): Exercise => ({
  ...base,
  id,
  regressionId,
  progressionId,
});
const lookupIn = (list: Exercise[]) => (id: string) => list.find((e) => e.id === id);

describe('ladder checks', () => {
  it('accept a well-linked chain', () => {
    expect(ladderProblems([ex('a', null, 'b'), ex('b', 'a', 'c'), ex('c', 'b', null)])).toEqual([]);
  });

  it('report a link to an unknown exercise', () => {
    expect(ladderProblems([ex('a', null, 'ghost')])).toEqual([
      { exerciseId: 'a', message: 'progresses to unknown exercise ghost' },
    ]);
    expect(ladderProblems([ex('a', 'ghost', null)])).toEqual([
      { exerciseId: 'a', message: 'regresses to unknown exercise ghost' },
    ]);
  });

  it('report a one-way link', () => {
    expect(ladderProblems([ex('a', null, 'b'), ex('b', null, null)])).toEqual([
      { exerciseId: 'a', message: 'progresses to b, but b does not regress to it' },
    ]);
    expect(ladderProblems([ex('a', null, null), ex('b', 'a', null)])).toEqual([
      { exerciseId: 'b', message: 'regresses to a, but a does not progress to it' },
    ]);
  });

  it('report a loop', () => {
    const loop = [ex('a', 'c', 'b'), ex('b', 'a', 'c'), ex('c', 'b', 'a')];
    expect(ladderProblems(loop).map((p) => p.message)).toEqual([
      'its progressions loop back to a',
      'its progressions loop back to b',
      'its progressions loop back to c',
    ]);
  });
});

describe('ladderOf', () => {
  it('lists the whole ladder easiest first, wherever the exercise stands on it', () => {
    const lookup = (id: string) => catalogueExercise(id);
    expect(ladderOf(catalogueExercise('single-leg-bridge')!, lookup).map((e) => e.id)).toEqual([
      'glute-bridge',
      'single-leg-bridge',
      'hip-thrust',
      'single-leg-hip-thrust',
    ]);
  });

  it('is just the exercise when it has no neighbours', () => {
    const alone = catalogue.find((e) => !e.regressionId && !e.progressionId)!;
    expect(ladderOf(alone, catalogueExercise)).toEqual([alone]);
  });

  it('stops at a loop or an unknown link instead of running forever', () => {
    const loop = [ex('a', 'c', 'b'), ex('b', 'a', 'c'), ex('c', 'b', 'a')];
    expect(ladderOf(loop[0], lookupIn(loop)).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(ladderOf(ex('a', 'ghost', null), lookupIn([])).map((e) => e.id)).toEqual(['a']);
  });
});
