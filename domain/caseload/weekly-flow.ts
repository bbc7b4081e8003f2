import { mondayOf, weekStartsBetween, type IsoDate } from '../training-load/calendar-weeks';

/** How many patients started (or were discharged) on one day. */
export interface DayCount {
  date: IsoDate;
  patients: number;
}

export interface WeekFlow {
  weekStart: IsoDate;
  intakes: number;
  discharges: number;
}

/**
 * Intakes and discharges per Monday week from the week holding `from` to the week holding `to`, weeks without
 * either included as 0 so the chart's gaps are real. Only days inside the range count: a range starting on a
 * Wednesday leaves that week's Monday and Tuesday out, and a discharge on `to` itself is in.
 */
export function weeklyFlow(
  from: IsoDate,
  to: IsoDate,
  intakes: readonly DayCount[],
  discharges: readonly DayCount[],
): WeekFlow[] {
  const weeks = new Map<IsoDate, WeekFlow>(
    weekStartsBetween(from, to).map((weekStart) => [
      weekStart,
      { weekStart, intakes: 0, discharges: 0 },
    ]),
  );
  const add = (days: readonly DayCount[], key: 'intakes' | 'discharges') => {
    for (const day of days) {
      if (day.date < from || day.date > to) continue;
      weeks.get(mondayOf(day.date))![key] += day.patients;
    }
  };
  add(intakes, 'intakes');
  add(discharges, 'discharges');
  return [...weeks.values()];
}

/** The first day of the month holding `date`. */
export function monthStartOf(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}
