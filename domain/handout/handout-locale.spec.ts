import { dayMonth, decimal, fullDate, weekdayDayMonth, weekdayList } from './handout-locale';

describe('handout dates and numbers', () => {
  it('writes dates as a patient reads them in each language', () => {
    expect(dayMonth('2026-12-07', 'en')).toBe('7 Dec');
    expect(dayMonth('2026-09-07', 'es')).toBe('7 sept');
    expect(fullDate('2027-01-02', 'en')).toBe('2 Jan 2027');
    expect(fullDate('2027-01-02', 'es')).toBe('2 ene 2027');
    expect(weekdayDayMonth('2026-12-06', 'en')).toBe('Sun 6 Dec');
    expect(weekdayDayMonth('2026-12-02', 'es')).toBe('mié 2 dic');
  });

  it('writes decimals with the language’s mark, whole numbers without decimals', () => {
    expect([
      decimal(2.5, 'en'),
      decimal(2.5, 'es'),
      decimal(10, 'es'),
      decimal(12.06, 'en'),
    ]).toEqual(['2.5', '2,5', '10', '12.1']);
  });

  it('lists weekdays Monday first', () => {
    expect(weekdayList(['sun', 'mon', 'thu'], 'en')).toBe('Mon, Thu, Sun');
    expect(weekdayList(['sat', 'wed'], 'es')).toBe('mié, sáb');
  });
});
