import { monthStartOf, weeklyFlow } from './weekly-flow';

describe('weeklyFlow', () => {
  it('buckets days into Monday weeks and fills weeks without any as 0', () => {
    // 2026-11-02 and 2026-11-16 are Mondays; 2026-11-08 is a Sunday.
    const weeks = weeklyFlow(
      '2026-11-02',
      '2026-11-22',
      [
        { date: '2026-11-02', patients: 2 },
        { date: '2026-11-08', patients: 1 },
        { date: '2026-11-22', patients: 3 },
      ],
      [{ date: '2026-11-17', patients: 1 }],
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', intakes: 3, discharges: 0 },
      { weekStart: '2026-11-09', intakes: 0, discharges: 0 },
      { weekStart: '2026-11-16', intakes: 3, discharges: 1 },
    ]);
  });

  it('counts a discharge on the range’s last day and leaves out days outside the range', () => {
    // The range starts on a Wednesday and ends on a Tuesday: both cut weeks are shown, with their days in range only.
    const weeks = weeklyFlow(
      '2026-11-04',
      '2026-11-10',
      [
        { date: '2026-11-03', patients: 5 },
        { date: '2026-11-04', patients: 1 },
        { date: '2026-11-11', patients: 7 },
      ],
      [
        { date: '2026-11-10', patients: 2 },
        { date: '2026-11-11', patients: 9 },
      ],
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', intakes: 1, discharges: 0 },
      { weekStart: '2026-11-09', intakes: 0, discharges: 2 },
    ]);
  });

  it('gives one week for a one-day range', () => {
    expect(weeklyFlow('2026-11-05', '2026-11-05', [], [])).toEqual([
      { weekStart: '2026-11-02', intakes: 0, discharges: 0 },
    ]);
  });
});

describe('monthStartOf', () => {
  it('is the first of the same month', () => {
    expect(monthStartOf('2026-12-02')).toBe('2026-12-01');
    expect(monthStartOf('2026-02-28')).toBe('2026-02-01');
  });
});
