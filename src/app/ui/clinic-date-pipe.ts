import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';

export type ClinicDateFormat = 'date' | 'dateTime' | 'dateTimeSeconds' | 'time';

const formats: Readonly<Record<ClinicDateFormat, Intl.DateTimeFormatOptions>> = {
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  dateTimeSeconds: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  },
  time: { hour: 'numeric', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date or time as the clinic reads it ("Mar 15, 2026", "Nov 20, 2026, 4:02 PM").
 * A YYYY-MM-DD value is a calendar date (a birthday, a start date) and shows as that same day in
 * every time zone; anything else is an instant, shown in local time.
 * Intl rather than Angular's DatePipe: DatePipe's locale tables would join the initial bundle.
 */
export function formatClinicDate(
  value: string,
  format: ClinicDateFormat = 'date',
  locale = 'en-US',
): string {
  const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = calendarDate
    ? new Date(Number(calendarDate[1]), Number(calendarDate[2]) - 1, Number(calendarDate[3]))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `${locale}|${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, formats[format]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

@Pipe({ name: 'clinicDate' })
export class ClinicDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: string | null | undefined, format: ClinicDateFormat = 'date'): string {
    return value ? formatClinicDate(value, format, this.locale) : '';
  }
}
