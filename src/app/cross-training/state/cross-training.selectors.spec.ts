import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { samplePatient } from '../../../testing/sample-patients';
import { draftOf, withWeekMinutes } from '../plan-draft';
import {
  selectCanRedo,
  selectCrossTrainingDirty,
  selectCrossTrainingReadOnly,
  selectPlanCheck,
  selectPlannedWeeks,
  selectScheduleHints,
  selectTablePlan,
  selectWeekSchedules,
  selectWeeklyTotals,
} from './cross-training.selectors';

const plan = swimBikePlan();
const draft = draftOf(plan);

describe('cross-training selectors', () => {
  it('is read-only for a discharged patient', () => {
    expect(
      selectCrossTrainingReadOnly.projector(samplePatient({ status: 'discharged' })),
    ).toBeTrue();
    expect(selectCrossTrainingReadOnly.projector(samplePatient())).toBeFalse();
  });

  it('has unsaved work while there are edits to undo', () => {
    expect(selectCrossTrainingDirty.projector([draft])).toBeTrue();
    expect(selectCrossTrainingDirty.projector([])).toBeFalse();
  });

  it('checks the plan with the contract, giving its messages by field', () => {
    expect(selectPlanCheck.projector(draft)!.plan).toEqual(plan);
    const blank = { ...draft, sessions: [{ ...draft.sessions[0]!, minutes: null }] };
    const check = selectPlanCheck.projector(blank)!;
    expect(check.plan).toBeNull();
    expect(check.errors['sessions.0.minutes']).toEqual(['Enter 5 to 180 minutes.']);
    expect(selectPlanCheck.projector(null)).toBeNull();
  });

  it('draws the tables without minutes typed out of range, which keep their message', () => {
    const outOfRange = withWeekMinutes(draft, 1, 'swim', 300);
    expect(selectTablePlan.projector(outOfRange)!.weekEdits).toEqual([]);
    const set = withWeekMinutes(draft, 1, 'swim', 40);
    expect(selectTablePlan.projector(set)!.weekEdits).toEqual([
      { week: 1, sessionId: 'swim', minutes: 40 },
    ]);
    expect(selectTablePlan.projector({ ...draft, weeks: null })).toBeNull();
  });

  it('gives each week its minutes: week 2 is 33 and 22 at 10 % a week', () => {
    const weeks = selectPlannedWeeks.projector(plan);
    expect(weeks[1]!.map((w) => w.minutes)).toEqual([33, 22]);
    expect(selectPlannedWeeks.projector(null)).toEqual([]);
  });

  it('totals each week by activity', () => {
    const totals = selectWeeklyTotals.projector(plan);
    expect(totals[1]!.minutes).toBe(33 + 44);
    expect(totals[1]!.sessions).toBe(3);
    expect(selectWeeklyTotals.projector(null)).toEqual([]);
  });

  it("lays out every week with the program's strength days, and gives each week its hints", () => {
    const schedules = selectWeekSchedules.projector(
      plan,
      { status: 'loaded', days: [{ weekday: 'sun', heavy: true, routineOnly: false }] },
      { status: 'loaded', plan: null },
    );
    expect(schedules.length).toBe(6);
    expect(schedules[0]!.days[6]!.items).toEqual([
      { kind: 'run', run: 'hard' },
      { kind: 'strength', heavy: true, routineOnly: false },
    ]);
    expect(
      selectWeekSchedules.projector(
        null,
        { status: 'loading', days: [] },
        { status: 'loading', plan: null },
      ),
    ).toEqual([]);
    const hints = selectScheduleHints.projector(schedules);
    expect(hints.map((week) => week.map((h) => h.kind))).toEqual(
      Array.from({ length: 6 }, () => ['hard_run_and_heavy_strength']),
    );
  });

  it('can redo while there are undone edits', () => {
    expect(selectCanRedo.projector([draft])).toBeTrue();
    expect(selectCanRedo.projector([])).toBeFalse();
  });

  it('draws the run days only in the weeks the mileage plan has distance for', () => {
    const running = {
      status: 'loaded' as const,
      plan: { unit: 'km' as const, weeks: [{ weekStart: '2026-12-07', plannedMetres: 15_000 }] },
    };
    const schedules = selectWeekSchedules.projector(plan, { status: 'loaded', days: [] }, running);
    expect(schedules.map((week) => week.plannedRunMetres)).toEqual([0, 15_000, 0, 0, 0, 0]);
    expect(schedules[0]!.days[6]!.items).toEqual([]);
    expect(schedules[1]!.days[6]!.items).toEqual([{ kind: 'run', run: 'hard' }]);
  });
});
