import {
  addDays,
  addWeeks,
  daysBetween,
  isIsoDate,
  isMonday,
  mondayOf,
  weekStarts,
  weekStartsBetween,
  weeksBetween,
} from './calendar-weeks';

describe('calendar weeks', () => {
  it('finds the Monday of any day of the week, Monday itself included', () => {
    // 2026-03-02 is a Monday; 2026-03-08 the Sunday of the same week.
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-05')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
  });

  it('crosses month, year and leap-day boundaries', () => {
    // 2026-01-01 is a Thursday: its week began on Monday 2025-12-29.
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    // 2024-02-29 is a Thursday in a leap year.
    expect(mondayOf('2024-03-01')).toBe('2024-02-26');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addWeeks('2025-12-29', 1)).toBe('2026-01-05');
  });

  it('keeps seven-day weeks over daylight-saving changes (US 8 Mar, EU 29 Mar and 25 Oct 2026)', () => {
    expect(addWeeks('2026-03-02', 1)).toBe('2026-03-09');
    expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
    expect(addWeeks('2026-10-19', 2)).toBe('2026-11-02');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
  });

  it('counts days and weeks between dates, negative backwards', () => {
    expect(daysBetween('2026-03-02', '2026-03-09')).toBe(7);
    expect(daysBetween('2026-03-09', '2026-03-02')).toBe(-7);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    // Thursday to the Sunday 10 days later: the weeks of 2026-03-02 and 2026-03-09.
    expect(weeksBetween('2026-03-05', '2026-03-15')).toBe(1);
    expect(weeksBetween('2026-03-02', '2027-03-01')).toBe(52);
    expect(weeksBetween('2026-03-09', '2026-03-02')).toBe(-1);
  });

  it('lists consecutive week starts', () => {
    expect(weekStarts('2026-03-04', 3)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(weekStartsBetween('2026-03-04', '2026-03-22')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(weekStartsBetween('2026-03-04', '2026-03-04')).toEqual(['2026-03-02']);
    expect(weekStartsBetween('2026-03-16', '2026-03-02')).toEqual([]);
  });

  it('tells Mondays and real dates apart', () => {
    expect(isMonday('2026-03-02')).toBeTrue();
    expect(isMonday('2026-03-03')).toBeFalse();
    expect(isIsoDate('2026-02-28')).toBeTrue();
    expect(isIsoDate('2024-02-29')).toBeTrue();
    expect(isIsoDate('2026-02-29')).toBeFalse();
    expect(isIsoDate('2026-13-01')).toBeFalse();
    expect(isIsoDate('2026-3-2')).toBeFalse();
    expect(() => addDays('2026-02-30', 1)).toThrowError(RangeError);
  });
});
