/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Every date is handled as a day number in UTC, so no local time
 * zone or daylight-saving change can move a date; weeks start on Monday, as everywhere in the running plan.
 */

/** A calendar date as YYYY-MM-DD. */
export type IsoDate = string;

const msPerDay = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws on text that is not a real date. */
export function dayNumber(date: IsoDate): number {
  const match = isoPattern.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`Not a real date: ${date}`);
  }
  return Math.round(ms / msPerDay);
}

/** The YYYY-MM-DD date of a day number (see `dayNumber`). */
export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * msPerDay);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** True for YYYY-MM-DD text naming a day that exists (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  try {
    dayNumber(text);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
export function weekdayIndex(date: IsoDate): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

export function isMonday(date: IsoDate): boolean {
  return weekdayIndex(date) === 0;
}

/** The Monday that starts the week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Whole weeks from the week holding `from` to the week holding `to` (negative when `to` is earlier). */
export function weeksBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(mondayOf(from), mondayOf(to)) / 7;
}

/** The Mondays of every week from the week holding `first` to the week holding `last`, both included. */
export function weekStartsBetween(first: IsoDate, last: IsoDate): IsoDate[] {
  const start = mondayOf(first);
  const count = weeksBetween(start, last) + 1;
  return weekStarts(start, Math.max(0, count));
}

/** `count` consecutive week starts from the week holding `first`. */
export function weekStarts(first: IsoDate, count: number): IsoDate[] {
  const monday = dayNumber(mondayOf(first));
  return Array.from({ length: count }, (_, i) => fromDayNumber(monday + i * 7));
}
