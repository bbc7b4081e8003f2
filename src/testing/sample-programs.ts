import type { ProgramVersion } from '@domain/contracts/programs';
import { standardDose } from '@domain/programs/dose';
import { addItem, emptyProgram, type Program } from '@domain/programs/program';
import { therapist } from './sample-users';

/** Wall sit (quadriceps) as i1, glute bridge (glutes & hip) as i2, both at the standard dose. */
export function sampleProgram(): Program {
  const one = addItem(emptyProgram(), 'quadriceps', {
    exerciseId: 'wall-sit',
    dose: standardDose({ reps: null, tempo: null, holdSeconds: 30 }),
  });
  return addItem(one, 'glutes_hip', { exerciseId: 'glute-bridge', dose: standardDose() });
}

export function sampleProgramVersion(overrides: Partial<ProgramVersion> = {}): ProgramVersion {
  return {
    version: 1,
    savedAt: '2026-12-01T14:32:00.000Z',
    savedBy: { id: therapist.id, displayName: therapist.displayName },
    changeSummary: 'Program made with 2 exercises',
    program: sampleProgram(),
    ...overrides,
  };
}
