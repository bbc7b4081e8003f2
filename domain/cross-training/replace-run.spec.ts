import { replaceRun, usualMinutesPerUnit } from './replace-run';

describe('replace a run', () => {
  it('turns 3 mi at 10 min/mi into 30 minutes at the same effort', () => {
    expect(replaceRun(3, 10, 4)).toEqual({ minutes: 30, rpe: 4, clamped: false });
  });

  it('rounds to the minute and keeps a session within 5–180 minutes', () => {
    expect(replaceRun(2.5, 9.5, 3)).toEqual({ minutes: 24, rpe: 3, clamped: false });
    expect(replaceRun(0.3, 9, 3)).toEqual({ minutes: 5, rpe: 3, clamped: true });
    expect(replaceRun(25, 9, 3)).toEqual({ minutes: 180, rpe: 3, clamped: true });
  });

  it('has nothing to offer without a distance or a pace', () => {
    expect(replaceRun(0, 10, 4)).toBeNull();
    expect(replaceRun(3, null, 4)).toBeNull();
  });

  it("takes the patient's median pace from runs with a duration", () => {
    expect(
      usualMinutesPerUnit([
        { distance: 3, durationMinutes: 30 },
        { distance: 5, durationMinutes: 55 },
        { distance: 4, durationMinutes: null },
        { distance: 2, durationMinutes: 24 },
      ]),
    ).toBe(11);
    expect(
      usualMinutesPerUnit([
        { distance: 3, durationMinutes: 30 },
        { distance: 2, durationMinutes: 24 },
      ]),
    ).toBe(11);
    expect(usualMinutesPerUnit([{ distance: 3, durationMinutes: null }])).toBeNull();
  });
});
