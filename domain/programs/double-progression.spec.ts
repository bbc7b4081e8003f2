import { standardDose } from './dose';
import { doubleProgressionDue, loweredLoad, raisedLoad } from './double-progression';

const target = standardDose({ sets: 3, reps: 10 });
const session = (...repsPerSet: number[]) => ({ repsPerSet });

describe('double progression (ACSM 2009)', () => {
  it('is due after two consecutive sessions with 1–2 more repetitions than the target in every set', () => {
    expect(doubleProgressionDue(target, [session(11, 11, 11), session(12, 11, 11)])).toBeTrue();
  });

  it('looks only at the last two sessions', () => {
    expect(
      doubleProgressionDue(target, [session(8, 8, 8), session(11, 11, 11), session(11, 12, 11)]),
    ).toBeTrue();
    expect(
      doubleProgressionDue(target, [session(11, 11, 11), session(11, 11, 11), session(10, 11, 11)]),
    ).toBeFalse();
  });

  it('is not due when only one session beat the target', () => {
    expect(doubleProgressionDue(target, [session(11, 11, 11)])).toBeFalse();
    expect(doubleProgressionDue(target, [session(10, 10, 10), session(12, 12, 12)])).toBeFalse();
  });

  it('is not due when the target was only met, not beaten', () => {
    expect(doubleProgressionDue(target, [session(10, 10, 10), session(10, 10, 10)])).toBeFalse();
  });

  it('is not due when a prescribed set is missing or fell short', () => {
    expect(doubleProgressionDue(target, [session(11, 11), session(11, 11, 11)])).toBeFalse();
    expect(doubleProgressionDue(target, [session(11, 11, 9), session(11, 11, 11)])).toBeFalse();
  });

  it('counts every logged set when the dose names no sets', () => {
    const noSets = standardDose({ sets: null, reps: 10 });
    expect(doubleProgressionDue(noSets, [session(11, 11), session(11)])).toBeTrue();
    expect(doubleProgressionDue(noSets, [session(11, 9), session(11)])).toBeFalse();
    expect(doubleProgressionDue(noSets, [session(), session(11)])).toBeFalse();
  });

  it('is never due for a hold', () => {
    expect(
      doubleProgressionDue(standardDose({ reps: null }), [session(30), session(30)]),
    ).toBeFalse();
  });
});

describe('raising a load', () => {
  it('adds 5 % by default, to the nearest 0.5 kg', () => {
    expect(raisedLoad({ kind: 'kg', amount: 20 })).toEqual({ kind: 'kg', amount: 21 });
    // 8 × 1.05 = 8.4 → 8.5 kg.
    expect(raisedLoad({ kind: 'kg', amount: 8 })).toEqual({ kind: 'kg', amount: 8.5 });
  });

  it('holds the raise to 2–10 %', () => {
    expect(raisedLoad({ kind: 'kg', amount: 100 }, 25)).toEqual({ kind: 'kg', amount: 110 });
    expect(raisedLoad({ kind: 'kg', amount: 100 }, 1)).toEqual({ kind: 'kg', amount: 102 });
    expect(raisedLoad({ kind: 'kg', amount: 100 }, Number.NaN)).toEqual({
      kind: 'kg',
      amount: 105,
    });
  });

  it('rounds pounds to whole pounds', () => {
    // 45 × 1.05 = 47.25 → 47 lb.
    expect(raisedLoad({ kind: 'lb', amount: 45 })).toEqual({ kind: 'lb', amount: 47 });
  });

  it('goes up at least one step when the percentage is smaller than the weights allow', () => {
    // 4 kg × 1.05 = 4.2 → rounds back to 4; the smallest step up is 4.5 kg (12.5 %).
    expect(raisedLoad({ kind: 'kg', amount: 4 })).toEqual({ kind: 'kg', amount: 4.5 });
  });

  it('stops at the dose limit and has nothing to raise beyond it or without a weight', () => {
    expect(raisedLoad({ kind: 'kg', amount: 290 }, 10)).toEqual({ kind: 'kg', amount: 300 });
    expect(raisedLoad({ kind: 'kg', amount: 300 })).toBeNull();
    expect(raisedLoad({ kind: 'body_weight' })).toBeNull();
    expect(raisedLoad({ kind: 'band', colour: 'red' })).toBeNull();
  });
});

describe('lowering a load', () => {
  it('takes off the percentage, to the nearest step, at least one step', () => {
    expect(loweredLoad({ kind: 'kg', amount: 20 }, 10)).toEqual({ kind: 'kg', amount: 18 });
    expect(loweredLoad({ kind: 'kg', amount: 2 }, 10)).toEqual({ kind: 'kg', amount: 1.5 });
    expect(loweredLoad({ kind: 'lb', amount: 10 }, 10)).toEqual({ kind: 'lb', amount: 9 });
  });

  it('has nothing lighter below the smallest weight', () => {
    expect(loweredLoad({ kind: 'kg', amount: 0.5 }, 10)).toBeNull();
    expect(loweredLoad({ kind: 'rpe', rpe: 6 }, 10)).toBeNull();
  });
});
