import { todayIso } from '@domain/contracts/patients';
import { AgePipe } from './age-pipe';

describe('AgePipe', () => {
  it('counts whole years up to today', () => {
    const year = Number(todayIso().slice(0, 4));
    expect(new AgePipe().transform(`${year - 40}-01-01`)).toBe(40);
    expect(new AgePipe().transform(`${year - 40}-12-31`)).toBe(todayIso().endsWith('12-31') ? 40 : 39);
  });
});
