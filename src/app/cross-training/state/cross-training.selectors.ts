import { createSelector } from '@ngrx/store';
import { sessionMinutes } from '@domain/cross-training/plan';
import { plannedWeeks } from '@domain/cross-training/progression';
import { scheduleHints } from '@domain/cross-training/schedule-hints';
import { plannedRunning, planSchedule } from '@domain/cross-training/week-schedule';
import { weeklyTotals } from '@domain/cross-training/weekly-totals';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { checkPlan } from '../plan-draft';
import { crossTrainingFeature } from './cross-training.feature';

export const selectCrossTrainingPatient = selectSelectedPatient;

/** A discharged record is closed for editing until reactivation. */
export const selectCrossTrainingReadOnly = createSelector(
  selectCrossTrainingPatient,
  (patient) => patient?.status === 'discharged',
);

/** Edits since the last save (or since a new plan began): leaving the patient asks about them first. */
export const selectCrossTrainingDirty = createSelector(
  crossTrainingFeature.selectUndo,
  (undo) => undo.length > 0,
);

export const selectCanUndo = selectCrossTrainingDirty;
export const selectCanRedo = createSelector(
  crossTrainingFeature.selectRedo,
  (redo) => redo.length > 0,
);

/** The plan on screen checked by the contract: the plan itself when it passes, the messages by field. */
export const selectPlanCheck = createSelector(crossTrainingFeature.selectPlan, (plan) =>
  plan ? checkPlan(plan) : null,
);

/**
 * The plan the tables are drawn from: the plan on screen without its invalid per-week minutes, so a cell typed
 * out of range shows its message while the tables stay; null while a session or a setting is invalid.
 */
export const selectTablePlan = createSelector(crossTrainingFeature.selectPlan, (plan) => {
  if (!plan) return null;
  const weeks = plan.weeks ?? 0;
  const weekEdits = plan.weekEdits.filter(
    (e) => e.week < weeks && sessionMinutes.safeParse(e.minutes).success,
  );
  return checkPlan({ ...plan, weekEdits }).plan;
});

export const selectPlannedWeeks = createSelector(selectTablePlan, (plan) =>
  plan ? plannedWeeks(plan) : [],
);

export const selectWeeklyTotals = createSelector(selectTablePlan, (plan) =>
  plan ? weeklyTotals(plan) : [],
);

/**
 * Every week of the plan, Monday to Sunday: the run days in the weeks the running plan has distance for, the
 * program's strength days and the sessions.
 */
export const selectWeekSchedules = createSelector(
  selectTablePlan,
  crossTrainingFeature.selectStrength,
  crossTrainingFeature.selectRunning,
  (plan, strength, running) => {
    if (!plan) return [];
    return planSchedule(plan, strength.days, plannedRunning(running.plan?.weeks));
  },
);

/** Each week's schedule hints, in the order of the weeks. */
export const selectScheduleHints = createSelector(selectWeekSchedules, (weeks) =>
  weeks.map(scheduleHints),
);
