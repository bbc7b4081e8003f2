import { type CrossTrainingPlanInput, crossTrainingPlan, type CrossTrainingPlan } from './plan';

/** A 6-week swim + bike plan starting Monday 30 Nov 2026, for the specs. */
export function swimBikePlan(changes: Partial<CrossTrainingPlanInput> = {}): CrossTrainingPlan {
  return crossTrainingPlan.parse({
    startWeek: '2026-11-30',
    weeks: 6,
    progression: { kind: 'percent', percentPerWeek: 10, capMinutes: 45 },
    sessions: [
      {
        id: 'swim',
        modality: 'swimming',
        otherModality: null,
        minutes: 30,
        intensity: { kind: 'rpe', rpe: 4 },
        weekdays: ['tue'],
        notes: null,
      },
      {
        id: 'bike',
        modality: 'stationary_cycling',
        otherModality: null,
        minutes: 20,
        intensity: { kind: 'hr_zone', zone: 4 },
        weekdays: ['thu', 'sat'],
        notes: null,
      },
    ],
    runDays: [
      { weekday: 'mon', kind: 'easy' },
      { weekday: 'wed', kind: 'easy' },
      { weekday: 'sun', kind: 'hard' },
    ],
    ...changes,
  });
}
