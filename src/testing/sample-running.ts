import type { Run, RunningPlanDto } from '@domain/contracts/running';
import { toMetres } from '@domain/training-load/distance';
import { generatePlan } from '@domain/training-load/plan-generator';
import type { RunningPlanVersion } from '../app/running/running-client';
import { therapist } from './sample-users';

/** The clinic's date in the running samples: a Wednesday, in the eighth week of the sample plan. */
export const runningToday = '2026-11-25';

export type MileagePlanDto = Extract<RunningPlanDto, { kind: 'mileage' }>;
export type WalkJogPlanDto = Extract<RunningPlanDto, { kind: 'walk-jog' }>;

/** 10 → 20 mi a week from Monday 5 Oct 2026, at most 10 % a week, a cutback every 4th week at 85 %. */
export function sampleMileagePlan(overrides: Partial<MileagePlanDto> = {}): MileagePlanDto {
  const settings = {
    baselineMetres: toMetres(10, 'mi'),
    targetMetres: toMetres(20, 'mi'),
    startWeek: '2026-10-05',
    maxWeeklyIncreasePercent: 10,
    cutbackEvery: 4,
    cutbackPercent: 85,
    raceDate: null,
    unit: 'mi' as const,
  };
  return {
    id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
    version: 2,
    updatedAt: '2026-11-02T15:30:00.000Z',
    kind: 'mileage',
    settings,
    weeks: generatePlan(settings).weeks,
    ...overrides,
  };
}

export function sampleWalkJogPlan(overrides: Partial<WalkJogPlanDto> = {}): WalkJogPlanDto {
  return {
    id: '6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b',
    version: 1,
    updatedAt: '2026-11-16T10:00:00.000Z',
    kind: 'walk-jog',
    startDate: '2026-11-16',
    startLevel: 2,
    ...overrides,
  };
}

let runCount = 0;

export function sampleRun(overrides: Partial<Run> & { miles?: number } = {}): Run {
  const { miles = 5, ...fields } = overrides;
  runCount++;
  const id = `00000000-0000-4000-8000-${String(runCount).padStart(12, '0')}`;
  return {
    id,
    date: '2026-11-18',
    distanceMetres: toMetres(miles, 'mi'),
    durationMinutes: 50,
    painDuring: 1,
    painNextMorning: 0,
    notes: null,
    walkJog: null,
    version: 1,
    createdAt: '2026-11-18T18:00:00.000Z',
    updatedAt: '2026-11-18T18:00:00.000Z',
    ...fields,
  };
}

/**
 * One run a week along the sample plan, then a jump: 14.5 mi in the week of 9 Nov and 19.6 mi in the week of
 * 16 Nov (35.2 % in one week, 50.8 % over two), with next-morning pain 6. The week of 23 Nov is under way.
 */
export function sampleRuns(): Run[] {
  const week = (date: string, miles: number, painDuring = 1, painNextMorning: number | null = 0) =>
    sampleRun({
      date,
      miles,
      painDuring,
      painNextMorning,
      createdAt: `${date}T18:00:00.000Z`,
      updatedAt: `${date}T18:00:00.000Z`,
    });
  return [
    week('2026-10-06', 10),
    week('2026-10-13', 11),
    week('2026-10-20', 12),
    week('2026-10-27', 10),
    week('2026-11-03', 13),
    week('2026-11-10', 14.5),
    week('2026-11-17', 19.6, 4, 6),
    week('2026-11-24', 4, 2, null),
  ];
}

export const sampleVersions: RunningPlanVersion[] = [
  {
    version: 2,
    savedAt: '2026-11-02T15:30:00.000Z',
    savedBy: { id: therapist.id, displayName: therapist.displayName },
    summary: 'Week of 2 Nov: 13.3 → 13.0 mi',
    plan: sampleMileagePlan(),
  },
  {
    version: 1,
    savedAt: '2026-10-01T09:00:00.000Z',
    savedBy: { id: therapist.id, displayName: therapist.displayName },
    summary: 'Plan made: 10 → 20 mi over 11 weeks',
    plan: sampleMileagePlan({ version: 1 }),
  },
];
