import { TestBed } from '@angular/core/testing';
import { ClinicDatePipe, formatClinicDate } from './clinic-date-pipe';

describe('formatClinicDate', () => {
  it('shows a calendar date as that day, whatever the time zone', () => {
    expect(formatClinicDate('1990-03-15')).toBe('Mar 15, 1990');
    expect(formatClinicDate('2026-01-01')).toBe('Jan 1, 2026');
  });

  it('shows an instant in local time', () => {
    const local = new Date(2026, 10, 20, 16, 2, 9).toISOString();
    expect(formatClinicDate(local, 'dateTime')).toBe('Nov 20, 2026, 4:02 PM');
    expect(formatClinicDate(local, 'dateTimeSeconds')).toBe('Nov 20, 2026, 4:02:09 PM');
    expect(formatClinicDate(local, 'time')).toBe('4:02 PM');
  });

  it('passes on text that is no date rather than hiding it', () => {
    expect(formatClinicDate('soon')).toBe('soon');
  });
});

describe('ClinicDatePipe', () => {
  it('formats in the app locale and is empty for no date', () => {
    const pipe = TestBed.runInInjectionContext(() => new ClinicDatePipe());
    expect(pipe.transform('2026-03-15')).toBe('Mar 15, 2026');
    expect(pipe.transform(null)).toBe('');
  });
});
