import { fieldErrors } from '../contracts/api-error';
import { standardDose } from './dose';
import {
  addItem,
  emptyProgram,
  findItem,
  itemCount,
  maxProgramItems,
  moveItemToSection,
  nextItemId,
  program,
  programItems,
  removeItem,
  reorderItem,
  updateItem,
  type Program,
} from './program';

const dose = standardDose();
const idsIn = (p: Program, section: keyof Program['sections']) =>
  p.sections[section].map((i) => i.exerciseId);

/** Quadriceps: squat (i1), step-up (i2), leg press (i3); Glutes & hip: bridge (i4). */
function sample(): Program {
  let p = emptyProgram();
  p = addItem(p, 'quadriceps', { exerciseId: 'bodyweight-squat', dose });
  p = addItem(p, 'quadriceps', { exerciseId: 'step-up', dose });
  p = addItem(p, 'quadriceps', { exerciseId: 'leg-press', dose });
  return addItem(p, 'glutes_hip', { exerciseId: 'glute-bridge', dose });
}

describe('program helpers', () => {
  it('start from four empty sections', () => {
    expect(emptyProgram()).toEqual({
      sections: { quadriceps: [], hamstrings: [], glutes_hip: [], other: [] },
    });
  });

  it('add at the end of a section with ids i1, i2, …', () => {
    const p = sample();
    expect(p.sections.quadriceps.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(p.sections.glutes_hip[0]).toEqual({ id: 'i4', exerciseId: 'glute-bridge', dose });
    expect(itemCount(p)).toBe(4);
  });

  it('add at a position, clamped to the section', () => {
    const p = addItem(sample(), 'quadriceps', { exerciseId: 'wall-sit', dose }, 0);
    expect(idsIn(p, 'quadriceps')).toEqual([
      'wall-sit',
      'bodyweight-squat',
      'step-up',
      'leg-press',
    ]);
    const q = addItem(sample(), 'quadriceps', { exerciseId: 'wall-sit', dose }, 99);
    expect(idsIn(q, 'quadriceps')[3]).toBe('wall-sit');
  });

  it('never reuse an id, even after the highest was removed and ids are not all i-numbers', () => {
    const p = removeItem(sample(), 'i4');
    expect(nextItemId(p)).toBe('i4');
    const withForeign: Program = {
      sections: { ...p.sections, other: [{ id: 'legacy-7', exerciseId: 'calf-raise', dose }] },
    };
    expect(nextItemId(withForeign)).toBe('i4');
  });

  it('remove an item and leave the rest in order', () => {
    expect(idsIn(removeItem(sample(), 'i2'), 'quadriceps')).toEqual([
      'bodyweight-squat',
      'leg-press',
    ]);
  });

  it('reorder within a section', () => {
    const p = reorderItem(sample(), 'i3', 0);
    expect(idsIn(p, 'quadriceps')).toEqual(['leg-press', 'bodyweight-squat', 'step-up']);
    expect(idsIn(reorderItem(sample(), 'i1', 2), 'quadriceps')).toEqual([
      'step-up',
      'leg-press',
      'bodyweight-squat',
    ]);
  });

  it('move between sections, to a position or to the end', () => {
    const p = moveItemToSection(sample(), 'i2', 'glutes_hip', 0);
    expect(idsIn(p, 'quadriceps')).toEqual(['bodyweight-squat', 'leg-press']);
    expect(idsIn(p, 'glutes_hip')).toEqual(['step-up', 'glute-bridge']);
    expect(idsIn(moveItemToSection(sample(), 'i1', 'other'), 'other')).toEqual([
      'bodyweight-squat',
    ]);
  });

  it('keep an item id when it moves, so history can follow it', () => {
    expect(findItem(moveItemToSection(sample(), 'i2', 'other'), 'i2')?.section).toBe('other');
  });

  it('return the very same program when nothing changes', () => {
    const p = sample();
    expect(removeItem(p, 'i99')).toBe(p);
    expect(reorderItem(p, 'i99', 0)).toBe(p);
    expect(reorderItem(p, 'i2', 1)).toBe(p);
    expect(moveItemToSection(p, 'i4', 'glutes_hip', 0)).toBe(p);
    expect(updateItem(p, 'i99', { dose })).toBe(p);
  });

  it('never change the program they are given', () => {
    const p = sample();
    const before = JSON.stringify(p);
    addItem(p, 'quadriceps', { exerciseId: 'wall-sit', dose }, 0);
    removeItem(p, 'i1');
    reorderItem(p, 'i3', 0);
    moveItemToSection(p, 'i1', 'other');
    updateItem(p, 'i1', { dose: standardDose({ sets: 1 }) });
    expect(JSON.stringify(p)).toBe(before);
  });

  it('change an item’s dose or exercise in place', () => {
    const p = updateItem(sample(), 'i2', {
      exerciseId: 'lateral-step-down',
      dose: standardDose({ reps: 8 }),
    });
    expect(p.sections.quadriceps[1]).toEqual({
      id: 'i2',
      exerciseId: 'lateral-step-down',
      dose: standardDose({ reps: 8 }),
    });
  });

  it('list every item in builder order', () => {
    expect(programItems(sample()).map((x) => `${x.section}:${x.index}:${x.item.id}`)).toEqual([
      'quadriceps:0:i1',
      'quadriceps:1:i2',
      'quadriceps:2:i3',
      'glutes_hip:0:i4',
    ]);
  });
});

describe('program schema', () => {
  it('accepts a built program and fills missing sections with empty lists', () => {
    expect(program.parse(sample())).toEqual(sample());
    expect(program.parse({ sections: { quadriceps: [] } }).sections.other).toEqual([]);
  });

  it('points a bad dose at its field', () => {
    const p = updateItem(sample(), 'i4', { dose: { ...dose, sets: 0 } });
    const errors = fieldErrors(program.safeParse(p).error!.issues);
    expect(errors['sections.glutes_hip.0.dose.sets']).toEqual(['Enter 1 to 10 sets.']);
  });

  it('refuses two items with the same id', () => {
    const p = sample();
    const twice: Program = {
      sections: { ...p.sections, other: [{ ...p.sections.quadriceps[0] }] },
    };
    const errors = fieldErrors(program.safeParse(twice).error!.issues);
    expect(errors['sections.other.0.id']).toEqual([
      'Each exercise in the program needs its own id.',
    ]);
  });

  it(`holds at most ${maxProgramItems} exercises`, () => {
    let p = emptyProgram();
    for (let i = 0; i <= maxProgramItems; i++)
      p = addItem(p, 'other', { exerciseId: 'calf-raise', dose });
    expect(fieldErrors(program.safeParse(p).error!.issues)['sections']).toEqual([
      'A program holds at most 40 exercises.',
    ]);
  });

  it('refuses an exercise id that is not slug-shaped', () => {
    const p = updateItem(sample(), 'i1', { exerciseId: '../etc/passwd' });
    expect(
      fieldErrors(program.safeParse(p).error!.issues)['sections.quadriceps.0.exerciseId'],
    ).toEqual(['Unknown exercise.']);
  });
});
