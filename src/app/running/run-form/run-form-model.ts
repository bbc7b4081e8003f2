import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import type { DistanceUnit } from '@domain/contracts/patients';
import {
  type CreateRunRequest,
  type Run,
  createRunRequest,
  walkJogSessionInput,
} from '@domain/contracts/running';
import { fromMetres } from '@domain/training-load/distance';
import type {
  WalkJogLevelNumber,
  WalkJogSoreness,
} from '@domain/training-load/walk-jog-levels';
import { contractValidator } from '../../ui/forms/contract-validator';

/** A walk–jog session as the inputs hold it: selects `null` until chosen. */
export interface WalkJogFormValue {
  level: WalkJogLevelNumber | null;
  completed: boolean;
  soreness: WalkJogSoreness | null;
  swellingIncreased: boolean;
}

/** A run as the inputs hold it: number inputs `null` when empty, notes '' when empty. */
export interface RunFormValue {
  date: string;
  distance: number | null;
  durationMinutes: number | null;
  painDuring: number | null;
  painNextMorning: number | null;
  notes: string;
  walkJog: WalkJogFormValue;
}

type Controls<Value> = { [Field in keyof Value]: FormControl<Value[Field]> };

export type RunFormGroup = FormGroup<
  Controls<Omit<RunFormValue, 'walkJog'>> & { walkJog: FormGroup<Controls<WalkJogFormValue>> }
>;

export function createRunForm(fb: NonNullableFormBuilder): RunFormGroup {
  const fields = createRunRequest.shape;
  const session = walkJogSessionInput.shape;
  return fb.group({
    date: fb.control('', contractValidator(fields.date)),
    distance: fb.control<number | null>(null, contractValidator(fields.distance)),
    durationMinutes: fb.control<number | null>(null, contractValidator(fields.durationMinutes)),
    painDuring: fb.control<number | null>(null, contractValidator(fields.painDuring)),
    painNextMorning: fb.control<number | null>(null, contractValidator(fields.painNextMorning)),
    notes: fb.control('', contractValidator(fields.notes)),
    walkJog: fb.group({
      level: fb.control<WalkJogLevelNumber | null>(null, contractValidator(session.level)),
      completed: fb.control(true, contractValidator(session.completed)),
      soreness: fb.control<WalkJogSoreness | null>('none', contractValidator(session.soreness)),
      swellingIncreased: fb.control(false, contractValidator(session.swellingIncreased)),
    }),
  });
}

/** A new run: today, and on the walk–jog levels the level the next session is at. */
export function blankRun(today: string, level: WalkJogLevelNumber | null): RunFormValue {
  return {
    date: today,
    distance: null,
    durationMinutes: null,
    painDuring: null,
    painNextMorning: null,
    notes: '',
    walkJog: { level, completed: true, soreness: 'none', swellingIncreased: false },
  };
}

export function runFormValue(run: Run, unit: DistanceUnit, level: WalkJogLevelNumber | null): RunFormValue {
  return {
    date: run.date,
    distance: fromMetres(run.distanceMetres, unit),
    durationMinutes: run.durationMinutes,
    painDuring: run.painDuring,
    painNextMorning: run.painNextMorning,
    notes: run.notes ?? '',
    walkJog: run.walkJog ?? blankRun('', level).walkJog,
  };
}

/** The create body (an edit adds the version); a walk–jog session only when the form asks for one. */
export function toRunRequest(
  value: RunFormValue,
  unit: DistanceUnit,
  withWalkJog: boolean,
): CreateRunRequest {
  const { walkJog, ...run } = value;
  return {
    ...run,
    distanceUnit: unit,
    walkJog: withWalkJog ? walkJog : null,
  } as CreateRunRequest;
}
