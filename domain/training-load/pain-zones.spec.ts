import { painZone } from './pain-zones';

describe('pain zones', () => {
  it('puts 0–2 in green, 3–5 in amber and above 5 in red', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((p) => painZone(p))).toEqual([
      'green',
      'green',
      'green',
      'amber',
      'amber',
      'amber',
      'red',
      'red',
    ]);
  });

  it('follows the clinic settings', () => {
    expect(painZone(3, { greenMax: 3, amberMax: 4 })).toBe('green');
    expect(painZone(5, { greenMax: 3, amberMax: 4 })).toBe('red');
  });
});
