import { type Weekday, weekdays } from '../programs/dose';
import { type IsoDate, weekdayIndex } from '../training-load/calendar-weeks';
import type { HandoutLanguage } from './handout-options';

/**
 * Dates and numbers as a patient reads them in each language. Written out here rather than through `Intl`, so the
 * server, the browser and a reprint years later give the same characters.
 */

const monthsShort: Record<HandoutLanguage, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

export const weekdayShort: Record<HandoutLanguage, Readonly<Record<Weekday, string>>> = {
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  es: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom' },
};

export const weekdayLong: Record<HandoutLanguage, Readonly<Record<Weekday, string>>> = {
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  es: {
    mon: 'lunes',
    tue: 'martes',
    wed: 'miércoles',
    thu: 'jueves',
    fri: 'viernes',
    sat: 'sábado',
    sun: 'domingo',
  },
};

function parts(date: IsoDate): { year: string; month: number; day: number } {
  const [year, month, day] = date.split('-');
  return { year, month: Number(month), day: Number(day) };
}

/** "7 Dec" / "7 dic". */
export function dayMonth(date: IsoDate, language: HandoutLanguage): string {
  const { month, day } = parts(date);
  return `${day} ${monthsShort[language][month - 1]}`;
}

/** "2 Dec 2026" / "2 dic 2026". */
export function fullDate(date: IsoDate, language: HandoutLanguage): string {
  return `${dayMonth(date, language)} ${parts(date).year}`;
}

/** "Mon 7 Dec" / "lun 7 dic". */
export function weekdayDayMonth(date: IsoDate, language: HandoutLanguage): string {
  const weekday = weekdays[weekdayIndex(date)];
  return `${weekdayShort[language][weekday]} ${dayMonth(date, language)}`;
}

/** A decimal as written in the language: "2.5" / "2,5"; whole numbers without decimals. */
export function decimal(value: number, language: HandoutLanguage): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'es' ? text.replace('.', ',') : text;
}

/** "Mon, Wed, Fri" / "lun, mié, vie", Monday first. */
export function weekdayList(days: readonly Weekday[], language: HandoutLanguage): string {
  return weekdays
    .filter((d) => days.includes(d))
    .map((d) => weekdayShort[language][d])
    .join(', ');
}

/** The first letter in capitals: a sentence that starts with a word. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
