import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import type { DistanceUnit } from '@domain/contracts/patients';
import {
  type CreateRunningPlanRequest,
  mileagePlanRequest,
  toPlanSettings,
  walkJogPlanRequest,
} from '@domain/contracts/running';
import { addWeeks, isIsoDate, mondayOf, weeksBetween } from '@domain/training-load/calendar-weeks';
import { type GeneratedPlan, generatePlan, maxPlanWeeks } from '@domain/training-load/plan-generator';
import type { WalkJogLevelNumber } from '@domain/training-load/walk-jog-levels';
import { blankToNull, contractValidator } from '../../ui/forms/contract-validator';

export type PlanKind = CreateRunningPlanRequest['kind'];

/** The mileage fields as the inputs hold them: number inputs `null` when empty, dates '' when empty. */
export interface MileageFormValue {
  baselineDistance: number | null;
  targetDistance: number | null;
  startWeek: string;
  maxWeeklyIncreasePercent: number | null;
  cutbackEvery: number | null;
  cutbackPercent: number | null;
  raceDate: string;
}

export interface WalkJogFormValue {
  startDate: string;
  startLevel: WalkJogLevelNumber | null;
}

export interface PlanFormValue {
  kind: PlanKind;
  mileage: MileageFormValue;
  walkJog: WalkJogFormValue;
}

type Controls<Value> = { [Field in keyof Value]: FormControl<Value[Field]> };

export type PlanFormGroup = FormGroup<{
  kind: FormControl<PlanKind>;
  mileage: FormGroup<Controls<MileageFormValue>>;
  walkJog: FormGroup<Controls<WalkJogFormValue>>;
}>;

/** What the form starts from: the patient's record and today's date. */
export interface PlanFormStart {
  unit: DistanceUnit;
  /** The patient's current weekly distance, in their unit. */
  weeklyDistance: number;
  goalRaceDate: string | null;
  today: string;
}

/**
 * The clinic's defaults (CLINICAL-RULES §1): start next Monday, at most 10 % a week, a cutback every 4th week at
 * 85 %; the baseline is the patient's weekly distance, the race date their goal race when a plan can reach it.
 * A patient not running yet starts on the walk–jog levels.
 */
export function startingValue(start: PlanFormStart): PlanFormValue {
  const startWeek = addWeeks(mondayOf(start.today), 1);
  const race = start.goalRaceDate;
  const raceInReach =
    race !== null &&
    isIsoDate(race) &&
    race >= startWeek &&
    weeksBetween(startWeek, race) < maxPlanWeeks;
  return {
    kind: start.weeklyDistance > 0 ? 'mileage' : 'walk-jog',
    mileage: {
      baselineDistance: start.weeklyDistance > 0 ? start.weeklyDistance : null,
      targetDistance: null,
      startWeek,
      maxWeeklyIncreasePercent: 10,
      cutbackEvery: 4,
      cutbackPercent: 85,
      raceDate: raceInReach ? race : '',
    },
    walkJog: { startDate: start.today, startLevel: 1 },
  };
}

export function createPlanForm(fb: NonNullableFormBuilder): PlanFormGroup {
  const mileage = mileagePlanRequest.shape;
  const walkJog = walkJogPlanRequest.shape;
  return fb.group({
    kind: fb.control<PlanKind>('mileage'),
    mileage: fb.group({
      baselineDistance: fb.control<number | null>(
        null,
        contractValidator(mileage.baselineDistance),
      ),
      targetDistance: fb.control<number | null>(null, contractValidator(mileage.targetDistance)),
      startWeek: fb.control('', contractValidator(mileage.startWeek)),
      maxWeeklyIncreasePercent: fb.control<number | null>(
        10,
        contractValidator(mileage.maxWeeklyIncreasePercent),
      ),
      cutbackEvery: fb.control<number | null>(4, contractValidator(mileage.cutbackEvery)),
      cutbackPercent: fb.control<number | null>(85, contractValidator(mileage.cutbackPercent)),
      raceDate: fb.control('', contractValidator(mileage.raceDate, blankToNull)),
    }),
    walkJog: fb.group({
      startDate: fb.control('', contractValidator(walkJog.startDate)),
      startLevel: fb.control<WalkJogLevelNumber | null>(
        1,
        contractValidator(walkJog.startLevel),
      ),
    }),
  });
}

/** The create body the form's values make; the contract decides whether it is one. */
export function toPlanRequest(value: PlanFormValue, unit: DistanceUnit): CreateRunningPlanRequest {
  if (value.kind === 'walk-jog') {
    return { kind: 'walk-jog', ...value.walkJog } as CreateRunningPlanRequest;
  }
  const { raceDate, ...mileage } = value.mileage;
  return {
    kind: 'mileage',
    ...mileage,
    distanceUnit: unit,
    raceDate: raceDate || null,
  } as CreateRunningPlanRequest;
}

export type MileagePreview =
  | { status: 'incomplete' }
  | { status: 'ready'; plan: GeneratedPlan; unit: DistanceUnit };

/** The weeks the generator would plan from the form as it stands, before anything is saved. */
export function previewPlan(value: PlanFormValue, unit: DistanceUnit): MileagePreview {
  const parsed = mileagePlanRequest.safeParse(toPlanRequest({ ...value, kind: 'mileage' }, unit));
  if (!parsed.success) return { status: 'incomplete' };
  return { status: 'ready', plan: generatePlan(toPlanSettings(parsed.data)), unit };
}
