import { standardDose } from '@domain/programs/dose';
import { updateItem } from '@domain/programs/program';
import { sampleProgram, sampleProgramVersion } from '../../../testing/sample-programs';
import {
  selectBuilderSections,
  selectProgramDirty,
  selectProgramLoad,
  selectSessionEstimate,
  selectVersionComparison,
} from './programs.selectors';

describe('programs selectors', () => {
  it('has unsaved work while any edit is left to undo', () => {
    expect(selectProgramDirty.projector([])).toBeFalse();
    expect(selectProgramDirty.projector([sampleProgram()])).toBeTrue();
  });

  it('is ready once the program and the library are both in', () => {
    expect(selectProgramLoad.projector('loaded', 'loading')).toBe('loading');
    expect(selectProgramLoad.projector('loaded', 'failed')).toBe('failed');
    expect(selectProgramLoad.projector('loaded', 'loaded')).toBe('ready');
  });

  it('gives the four sections in builder order, each keeping its own array', () => {
    const program = sampleProgram();
    const sections = selectBuilderSections.projector(program);
    expect(sections.map((s) => s.label)).toEqual([
      'Quadriceps',
      'Hamstrings',
      'Glutes & hip',
      'Other',
    ]);
    expect(sections[0].items).toBe(program.sections.quadriceps);
  });

  it('estimates a session with every exercise', () => {
    // Wall sit: 3 × 30 s + 2 × 60 s rest + 30 s = 240 s; bridge: 3 × 10 × 4 s + 120 s + 30 s = 270 s.
    expect(selectSessionEstimate.projector(sampleProgram())).toEqual({ seconds: 510, minutes: 9 });
  });

  it('compares two versions: added, removed and changed doses', () => {
    const older = sampleProgramVersion();
    const program = updateItem(older.program, 'i2', { dose: standardDose({ reps: 12 }) });
    const newer = sampleProgramVersion({
      version: 2,
      program: { sections: { ...program.sections, quadriceps: [] } },
    });
    const names = new Map([
      ['wall-sit', 'Wall sit'],
      ['glute-bridge', 'Glute bridge'],
    ]);
    const comparison = selectVersionComparison.projector(
      { kind: 'two', older: 1, newer: 2 },
      { 1: older, 2: newer },
      names,
    )!;
    expect(comparison.added).toEqual([]);
    expect(comparison.removed.map((r) => r.name)).toEqual(['Wall sit']);
    expect(comparison.changed).toEqual([
      {
        itemId: 'i2',
        name: 'Glute bridge',
        section: 'Glutes & hip',
        changes: ['repetitions 10 → 12'],
      },
    ]);
  });

  it('has no comparison until both versions are read', () => {
    expect(
      selectVersionComparison.projector(
        { kind: 'two', older: 1, newer: 2 },
        { 1: sampleProgramVersion() },
        new Map(),
      ),
    ).toBeNull();
  });
});
