import { ageOn } from './age';

describe('ageOn', () => {
  it('counts a birthday that has come this year', () => {
    expect(ageOn('1990-03-15', '2026-03-15')).toBe(36);
  });
  it('does not count a birthday still to come this year', () => {
    expect(ageOn('1990-03-15', '2026-03-14')).toBe(35);
    expect(ageOn('1990-12-31', '2026-11-25')).toBe(35);
  });
  it('counts a 29 February birthday from 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});
