import { fromMetres, toMetres } from './distance';

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
});
