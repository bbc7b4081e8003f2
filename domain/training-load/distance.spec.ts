import { formatDistance, fromMetres, toMetres } from './distance';

describe('distance units', () => {
  it('stores 10 mi as 16,093 m and 25 km as 25,000 m', () => {
    expect(toMetres(10, 'mi')).toBe(16093);
    expect(toMetres(25, 'km')).toBe(25000);
  });
  it('shows stored metres in the patient unit to one decimal', () => {
    expect(fromMetres(16093, 'mi')).toBe(10);
    expect(fromMetres(16093, 'km')).toBe(16.1);
    expect(fromMetres(0, 'mi')).toBe(0);
  });
  it('round-trips a typed value through storage unchanged at one decimal', () => {
    for (const value of [0.1, 3.7, 12.5, 186.4]) {
      expect(fromMetres(toMetres(value, 'mi'), 'mi')).toBe(value);
      expect(fromMetres(toMetres(value, 'km'), 'km')).toBe(value);
    }
  });
  it('formats stored metres with the unit and always one decimal', () => {
    expect(formatDistance(19473, 'mi')).toBe('12.1 mi');
    expect(formatDistance(16093, 'mi')).toBe('10.0 mi');
    expect(formatDistance(16093, 'km')).toBe('16.1 km');
  });
  it('round-trips miles through kilometres exactly at one decimal, and kilometres through miles within 0.1 km', () => {
    // 0.1 km is less than 0.1 mi, so rounding to km loses less than the mile display can show (at most 0.031 mi);
    // the other way a 0.05 mi rounding is up to 0.08 km and can move the last km digit by one.
    for (let tenths = 0; tenths <= 1864; tenths++) {
      const mi = tenths / 10;
      const km = fromMetres(toMetres(mi, 'mi'), 'km');
      expect(fromMetres(toMetres(km, 'km'), 'mi')).toBe(mi);
    }
    for (let tenths = 0; tenths <= 3000; tenths++) {
      const km = tenths / 10;
      const mi = fromMetres(toMetres(km, 'km'), 'mi');
      expect(Math.abs(fromMetres(toMetres(mi, 'mi'), 'km') - km)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    // For example 10 mi = 16.1 km = 10.0 mi; 16.2 km = 10.1 mi = 16.3 km.
    expect(fromMetres(toMetres(16.1, 'km'), 'mi')).toBe(10);
    expect(fromMetres(toMetres(fromMetres(toMetres(16.2, 'km'), 'mi'), 'mi'), 'km')).toBe(16.3);
  });
});
