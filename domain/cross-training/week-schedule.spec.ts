import { moveSession, nextFreeDay, planSchedule, weekSchedule, withRunDay } from './week-schedule';
import { swimBikePlan } from './sample-plan';

describe('weekly schedule', () => {
  it('lays out week 2 Monday to Sunday with runs, strength and the progressed sessions', () => {
    const schedule = weekSchedule(swimBikePlan(), [{ weekday: 'mon', heavy: false, routineOnly: false }], 1);
    expect(schedule.weekStart).toBe('2026-12-07');
    expect(schedule.days.map((d) => d.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(schedule.days.map((d) => d.items)).toEqual([
      [{ kind: 'run', run: 'easy' }, { kind: 'strength', heavy: false, routineOnly: false }],
      [{ kind: 'cross_training', sessionId: 'swim', minutes: 33, effort: 'moderate' }],
      [{ kind: 'run', run: 'easy' }],
      [{ kind: 'cross_training', sessionId: 'bike', minutes: 22, effort: 'vigorous' }],
      [],
      [{ kind: 'cross_training', sessionId: 'bike', minutes: 22, effort: 'vigorous' }],
      [{ kind: 'run', run: 'hard' }],
    ]);
  });

  it('moves a session to another day in every week, keeping the days in order', () => {
    const moved = moveSession(swimBikePlan(), 'bike', 'sat', 'fri');
    expect(moved.sessions.find((s) => s.id === 'bike')!.weekdays).toEqual(['thu', 'fri']);
    expect(moved.sessions.find((s) => s.id === 'swim')!.weekdays).toEqual(['tue']);
  });

  it('moves onto a day the session already has without doubling it', () => {
    const moved = moveSession(swimBikePlan(), 'bike', 'sat', 'thu');
    expect(moved.sessions.find((s) => s.id === 'bike')!.weekdays).toEqual(['thu']);
  });

  it('leaves the plan alone when the session is not on the day it is moved from', () => {
    const plan = swimBikePlan();
    expect(moveSession(plan, 'bike', 'mon', 'fri').sessions).toEqual(plan.sessions);
  });

  it('moves by keyboard to the nearest day that way without the session, never past the week', () => {
    expect(nextFreeDay(['tue'], 'tue', 1)).toBe('wed');
    expect(nextFreeDay(['tue'], 'tue', -1)).toBe('mon');
    expect(nextFreeDay(['thu', 'fri'], 'thu', 1)).toBe('sat');
    expect(nextFreeDay(['mon'], 'mon', -1)).toBeNull();
    expect(nextFreeDay(['sat', 'sun'], 'sat', 1)).toBeNull();
  });

  it('sets, changes and takes away a run day, keeping the days in week order', () => {
    const plan = swimBikePlan();
    const withFriday = withRunDay(plan, 'fri', 'easy');
    expect(withFriday.runDays.map((d) => d.weekday)).toEqual(['mon', 'wed', 'fri', 'sun']);
    expect(withRunDay(withFriday, 'mon', 'hard').runDays[0]).toEqual({ weekday: 'mon', kind: 'hard' });
    expect(withRunDay(plan, 'sun', null).runDays.map((d) => d.weekday)).toEqual(['mon', 'wed']);
  });

  it('draws the run days only in the weeks the running plan has distance for, with that distance', () => {
    const running = new Map([
      ['2026-11-30', 0],
      ['2026-12-07', 12_000],
    ]);
    const [first, second, third] = planSchedule(swimBikePlan(), [], running);
    expect(first!.plannedRunMetres).toBe(0);
    expect(first!.days.flatMap((d) => d.items).some((i) => i.kind === 'run')).toBeFalse();
    expect(second!.plannedRunMetres).toBe(12_000);
    expect(second!.days[6]!.items).toEqual([{ kind: 'run', run: 'hard' }]);
    // Past the running plan's last week: no running planned.
    expect(third!.plannedRunMetres).toBe(0);
    expect(third!.days[0]!.items).toEqual([]);
    // Without a mileage plan the run days are drawn every week.
    expect(weekSchedule(swimBikePlan(), [], 0).plannedRunMetres).toBeNull();
    expect(weekSchedule(swimBikePlan(), [], 0).days[0]!.items).toEqual([
      { kind: 'run', run: 'easy' },
    ]);
  });
});
