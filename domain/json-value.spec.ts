import { sameJsonValue } from './json-value';

describe('sameJsonValue', () => {
  it('ignores the order of object keys, at any depth', () => {
    expect(sameJsonValue({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBeTrue();
  });

  it('tells different values, array orders and shapes apart', () => {
    expect(sameJsonValue({ a: 1 }, { a: 2 })).toBeFalse();
    expect(sameJsonValue([1, 2], [2, 1])).toBeFalse();
    expect(sameJsonValue({ a: 1 }, { a: 1, b: null })).toBeFalse();
    expect(sameJsonValue([], {})).toBeFalse();
    expect(sameJsonValue(null, {})).toBeFalse();
  });
});
