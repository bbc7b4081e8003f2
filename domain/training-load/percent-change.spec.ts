import { formatPercent, percentChange } from './percent-change';

describe('percent change', () => {
  it('rounds to 0.1 % so exactly 30 % and 30.1 % stay apart', () => {
    // (13,000 − 10,000) / 10,000 = 30 %; (13,010 − 10,000) / 10,000 = 30.1 %.
    expect(percentChange(10_000, 13_000)).toBe(30);
    expect(percentChange(10_000, 13_010)).toBe(30.1);
    // 30.04 % rounds down to 30 %, 30.05 % up to 30.1 %.
    expect(percentChange(100_000, 130_040)).toBe(30);
    expect(percentChange(100_000, 130_050)).toBe(30.1);
  });

  it('absorbs the rounding of stored metres: 11.0 → 12.1 mi is 10 %', () => {
    // 11.0 mi = 17,702.784 m → 17,703 m; 12.1 mi = 19,473.062 m → 19,473 m; 1,770 / 17,703 = 9.998 %.
    expect(percentChange(17_703, 19_473)).toBe(10);
  });

  it('reports decreases as negative and has no percentage from zero', () => {
    expect(percentChange(19_473, 16_415)).toBe(-15.7);
    expect(percentChange(0, 5000)).toBeNull();
  });

  it('formats whole percentages without a decimal', () => {
    expect(formatPercent(30)).toBe('30 %');
    expect(formatPercent(30.1)).toBe('30.1 %');
    expect(formatPercent(-15.7)).toBe('-15.7 %');
  });
});
