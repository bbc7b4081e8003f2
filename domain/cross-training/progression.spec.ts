import { type CrossTrainingPlan, crossTrainingPlan } from './plan';
import { plannedWeeks, sessionMinutesInWeek } from './progression';

function plan(changes: Partial<CrossTrainingPlan> = {}): CrossTrainingPlan {
  return crossTrainingPlan.parse({
    startWeek: '2026-11-30',
    weeks: 6,
    progression: { kind: 'percent', percentPerWeek: 10, capMinutes: 30 },
    sessions: [
      {
        id: 'swim',
        modality: 'swimming',
        otherModality: null,
        minutes: 20,
        intensity: { kind: 'rpe', rpe: 4 },
        weekdays: ['tue', 'thu'],
        notes: null,
      },
    ],
    ...changes,
  });
}

describe('cross-training progression', () => {
  it('raises 20 min by 10 % a week to the nearest minute, capped at 30', () => {
    // By hand: 20, 22, 24.2, 26.62, 29.28, 32.21 → 20, 22, 24, 27, 29, 30 (capped).
    const p = plan();
    expect([0, 1, 2, 3, 4, 5].map((w) => sessionMinutesInWeek(p, p.sessions[0]!, w))).toEqual([
      20, 22, 24, 27, 29, 30,
    ]);
  });

  it('keeps the minutes flat without a progression', () => {
    const p = plan({ progression: { kind: 'none' } });
    expect(plannedWeeks(p).map((week) => week[0]!.minutes)).toEqual([20, 20, 20, 20, 20, 20]);
  });

  it('never lowers a session that starts above the cap', () => {
    const p = plan({ progression: { kind: 'percent', percentPerWeek: 10, capMinutes: 15 } });
    expect(plannedWeeks(p).map((week) => week[0]!.minutes)).toEqual([20, 20, 20, 20, 20, 20]);
  });

  it('lets a week set by hand win, and marks it', () => {
    const p = plan({ weekEdits: [{ week: 2, sessionId: 'swim', minutes: 15 }] });
    const weeks = plannedWeeks(p);
    expect(weeks[2]).toEqual([{ sessionId: 'swim', minutes: 15, edited: true }]);
    expect(weeks[3]).toEqual([{ sessionId: 'swim', minutes: 27, edited: false }]);
  });

  it('refuses an edit of a week or session the plan does not have', () => {
    const result = crossTrainingPlan.safeParse({
      ...plan(),
      weekEdits: [{ week: 6, sessionId: 'swim', minutes: 15 }],
    });
    expect(result.error?.issues[0]?.path).toEqual(['weekEdits', 0]);
  });

  it('asks for the name of an "other" activity, and a Monday to start', () => {
    const result = crossTrainingPlan.safeParse({
      ...plan(),
      startWeek: '2026-12-01',
      sessions: [{ ...plan().sessions[0], modality: 'other', otherModality: '  ' }],
    });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      startWeek: 'Choose the Monday the plan starts.',
      'sessions.0.otherModality': 'Name the activity.',
    });
  });
});
