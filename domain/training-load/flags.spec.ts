import { flag, sortFlags } from './flags';
import { sources } from './sources';

describe('flags', () => {
  it('gets an id from its rule and week, so the same flag keeps its id when recomputed', () => {
    const f = flag(
      'two-week-increase',
      '2026-03-16',
      'amber',
      'Up 35 %.',
      sources['two-week-increase'],
    );
    expect(f.id).toBe('two-week-increase:2026-03-16');
  });

  it('sorts by week, then red before amber before info', () => {
    const s = sources['pain-monitoring'];
    const sorted = sortFlags([
      flag('acute-chronic-ratio', '2026-03-09', 'info', '', s),
      flag('pain-during', '2026-03-16', 'amber', '', s),
      flag('weekly-increase', '2026-03-09', 'amber', '', s),
      flag('next-morning-pain', '2026-03-09', 'red', '', s),
    ]);
    expect(sorted.map((f) => f.id)).toEqual([
      'next-morning-pain:2026-03-09',
      'weekly-increase:2026-03-09',
      'acute-chronic-ratio:2026-03-09',
      'pain-during:2026-03-16',
    ]);
  });
});
