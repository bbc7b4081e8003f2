import { addWeeks } from '@domain/training-load/calendar-weeks';
import {
  createRunRequest,
  mileagePlanRequest,
  toPlanSettings,
  type CreateRunRequest,
  type MileagePlanRequest,
} from '@domain/contracts/running';
import { toMetres } from '@domain/training-load/distance';
import { generatePlan } from '@domain/training-load/plan-generator';
import type { PlanContent } from '../../running/plan-content';
import type { RunFields } from '../../running/runs-repository';

/** The plan the domain tables work through: 10 → 20 mi from Monday 2025-03-03 (11 weeks). */
export const newMileagePlan = {
  kind: 'mileage',
  baselineDistance: 10,
  targetDistance: 20,
  startWeek: '2025-03-03',
} as const satisfies MileagePlanRequest;

/** That plan as the server stores it: generated from its settings. */
export function mileagePlanContent(changes: Partial<MileagePlanRequest> = {}): PlanContent {
  const settings = toPlanSettings(mileagePlanRequest.parse({ ...newMileagePlan, ...changes }));
  return { kind: 'mileage', settings, weeks: generatePlan(settings).weeks };
}

/** Planned weeks as the plan page sends them: consecutive Mondays from `start`, distances as typed. */
export function weeksOf(distances: number[], start = '2025-03-03') {
  return distances.map((distance, i) => ({
    weekStart: addWeeks(start, i),
    distance,
    kind: i === 0 ? 'hold' : 'build',
  }));
}

/** The smallest body POST /runs accepts: 5 mi on Tuesday 2025-03-04, pain 1 during. */
export const newRun = {
  date: '2025-03-04',
  distance: 5,
  distanceUnit: 'mi',
  painDuring: 1,
} as const satisfies CreateRunRequest;

/** A run as the repository stores it; `changes` override any field. */
export function storedRun(changes: Partial<RunFields> = {}): RunFields {
  const parsed = createRunRequest.parse(newRun);
  return {
    date: parsed.date,
    distanceMetres: toMetres(parsed.distance, parsed.distanceUnit),
    durationMinutes: parsed.durationMinutes,
    painDuring: parsed.painDuring,
    painNextMorning: parsed.painNextMorning,
    notes: parsed.notes,
    walkJog: parsed.walkJog,
    ...changes,
  };
}
