import { scheduleHints } from './schedule-hints';
import { swimBikePlan } from './sample-plan';
import { moveSession, weekSchedule } from './week-schedule';

describe('schedule hints', () => {
  it('has none for a week with a free Friday and the hard run on a day without strength', () => {
    expect(scheduleHints(weekSchedule(swimBikePlan(), [{ weekday: 'mon', heavy: true, routineOnly: false }], 0))).toEqual([]);
  });

  it('flags a hard run on a heavy strength day, and clears when the strength moves', () => {
    const clash = scheduleHints(weekSchedule(swimBikePlan(), [{ weekday: 'sun', heavy: true, routineOnly: false }], 0));
    expect(clash.map((h) => [h.kind, h.days])).toEqual([['hard_run_and_heavy_strength', ['sun']]]);
    const light = scheduleHints(weekSchedule(swimBikePlan(), [{ weekday: 'sun', heavy: false, routineOnly: false }], 0));
    expect(light).toEqual([]);
  });

  it('flags no rest day once Friday fills, and counts light cross-training as rest', () => {
    const full = moveSession(swimBikePlan(), 'bike', 'sat', 'fri');
    const everyDay = {
      ...full,
      sessions: [
        ...full.sessions,
        { ...full.sessions[0]!, id: 'walk', modality: 'walking' as const, weekdays: ['sat' as const] },
      ],
    };
    const hints = scheduleHints(weekSchedule(everyDay, [], 0));
    expect(hints.map((h) => h.kind)).toEqual(['no_rest_day', 'over_six_training_days']);
    expect(hints[1]!.message).toBe('7 training days this week: more than 6 leaves no full day off.');

    const lightSaturday = {
      ...everyDay,
      sessions: everyDay.sessions.map((s) =>
        s.id === 'walk' ? { ...s, intensity: { kind: 'talk_test' as const, level: 'can_sing' as const } } : s,
      ),
    };
    expect(scheduleHints(weekSchedule(lightSaturday, [], 0)).map((h) => h.kind)).toEqual([
      'over_six_training_days',
    ]);
  });

  it('does not count the light daily exercise routine as training: Friday stays a rest day', () => {
    const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const routine = everyDay.map((weekday) => ({ weekday, heavy: false, routineOnly: true }));
    expect(scheduleHints(weekSchedule(swimBikePlan(), routine, 0))).toEqual([]);
    // A strength session on Friday takes the week's only rest day: 7 training days.
    const fridaySession = routine.map((day) => (day.weekday === 'fri' ? { ...day, routineOnly: false } : day));
    expect(scheduleHints(weekSchedule(swimBikePlan(), fridaySession, 0)).map((h) => h.kind)).toEqual([
      'no_rest_day',
      'over_six_training_days',
    ]);
  });

  it('says which week the hints are for', () => {
    const hints = scheduleHints(weekSchedule(swimBikePlan(), [{ weekday: 'sun', heavy: true, routineOnly: false }], 3));
    expect(hints[0]!.week).toBe(3);
  });
});
