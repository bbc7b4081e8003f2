import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import { swimBikePlan } from '@domain/cross-training/sample-plan';

/** A saved version of the 6-week swim + bike plan, by Priya Shah. */
export function sampleCrossTrainingVersion(version = 1, plan: CrossTrainingPlan = swimBikePlan()): CrossTrainingVersion {
  return {
    version,
    savedAt: '2026-12-01T10:00:00.000Z',
    savedBy: { id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', displayName: 'Priya Shah' },
    changeSummary: 'Plan made: 2 sessions over 6 weeks.',
    plan,
  };
}
