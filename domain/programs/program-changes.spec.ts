import { standardDose } from './dose';
import { addItem, emptyProgram, moveItemToSection, removeItem, updateItem } from './program';
import { comparePrograms, programChangeSummary } from './program-changes';

const names = new Map([
  ['wall-sit', 'Wall sit'],
  ['glute-bridge', 'Glute bridge'],
  ['step-up', 'Step-up'],
]);

function twoExercises() {
  const one = addItem(emptyProgram(), 'quadriceps', { exerciseId: 'wall-sit', dose: standardDose() });
  return addItem(one, 'glutes_hip', { exerciseId: 'glute-bridge', dose: standardDose() });
}

describe('comparePrograms', () => {
  it('finds added, removed and dose-changed items by their id', () => {
    const before = twoExercises();
    const after = addItem(
      updateItem(removeItem(before, 'i1'), 'i2', { dose: standardDose({ reps: 12 }) }),
      'quadriceps',
      { exerciseId: 'step-up', dose: standardDose() },
    );
    const diff = comparePrograms(before, after);
    expect(diff.added.map((p) => p.item.exerciseId)).toEqual(['step-up']);
    expect(diff.removed.map((p) => p.item.exerciseId)).toEqual(['wall-sit']);
    expect(diff.dosed.map((k) => k.now.item.id)).toEqual(['i2']);
    expect(diff.moved).toEqual([]);
  });

  it('reads a move to another section as moved, not removed and added', () => {
    const before = twoExercises();
    const diff = comparePrograms(before, moveItemToSection(before, 'i1', 'other'));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.moved.map((k) => k.now.section)).toEqual(['other']);
  });

  it('finds nothing between a program and itself', () => {
    const p = twoExercises();
    expect(comparePrograms(p, p)).toEqual({
      added: [],
      removed: [],
      replaced: [],
      dosed: [],
      moved: [],
      reordered: [],
    });
  });
});

describe('programChangeSummary', () => {
  it('names the dose parts of the one exercise that changed', () => {
    const before = twoExercises();
    const after = updateItem(before, 'i2', { dose: standardDose({ reps: 12 }) });
    expect(programChangeSummary(before, after, names)).toBe(
      'Changed the dose of Glute bridge: repetitions 10 → 12',
    );
  });
});
