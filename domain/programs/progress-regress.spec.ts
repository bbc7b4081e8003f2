import { catalogueExercise } from '../exercises/catalogue';
import { holdDose, standardDose, type Dose } from './dose';
import type { ProgramItem } from './program';
import { progress, regress } from './progress-regress';

const lookup = catalogueExercise;
const item = (exerciseId: string, dose: Partial<Dose> = {}): ProgramItem => ({
  id: 'i7',
  exerciseId,
  dose: { ...catalogueExercise(exerciseId)!.defaultDose, ...dose },
});

describe('Progress', () => {
  it('raises a weight by 5 % after ACSM double progression and says so', () => {
    const result = progress(item('goblet-squat', { load: { kind: 'kg', amount: 20 } }), lookup);
    expect(result.change).toBe('load');
    expect(result.item.dose.load).toEqual({ kind: 'kg', amount: 21 });
    expect(result.message).toBe(
      'Raised the load from 20 kg to 21 kg (+5 %), after ACSM double progression.',
    );
  });

  it('shows the real percentage when the smallest step is bigger than asked', () => {
    expect(progress(item('goblet-squat'), lookup).message).toBe(
      'Raised the load from 8 kg to 8.5 kg (+6 %), after ACSM double progression.',
    );
  });

  it('raises by the percentage asked for, within 2–10 %', () => {
    const result = progress(item('leg-press', { load: { kind: 'kg', amount: 40 } }), lookup, {
      percent: 10,
    });
    expect(result.item.dose.load).toEqual({ kind: 'kg', amount: 44 });
  });

  it('moves to the next heavier band', () => {
    const result = progress(item('banded-clamshell'), lookup);
    expect(result.item.dose.load).toEqual({ kind: 'band', colour: 'green' });
    expect(result.message).toBe('Moved from the red band to the heavier green band.');
  });

  it('moves up the ladder from the heaviest band', () => {
    const result = progress(
      item('banded-clamshell', { load: { kind: 'band', colour: 'gold' } }),
      lookup,
    );
    expect(result.change).toBe('exercise');
    expect(result.item.exerciseId).toBe('side-lying-hip-abduction');
  });

  it('moves a body-weight exercise up its ladder at the next exercise’s starting dose', () => {
    const before = item('glute-bridge', {
      frequency: { kind: 'days_per_week', days: 2 },
      weeks: 8,
      notes: 'Pain-free range.',
    });
    const result = progress(before, lookup);
    expect(result.change).toBe('exercise');
    expect(result.item.id).toBe('i7');
    expect(result.item.exerciseId).toBe('single-leg-bridge');
    expect(result.item.dose).toEqual({
      ...catalogueExercise('single-leg-bridge')!.defaultDose,
      frequency: { kind: 'days_per_week', days: 2 },
      weeks: 8,
      notes: 'Pain-free range.',
    });
    expect(result.message).toBe(
      'Progressed from Glute bridge to Single-leg bridge, at its starting dose: 3 × 10 each side.',
    );
  });

  it('keeps a chosen side when the next exercise is one-legged too, and drops it for a two-legged one', () => {
    expect(progress(item('split-squat', { side: 'left' }), lookup).item.dose.side).toBe('left');
    expect(progress(item('single-leg-bridge', { side: 'right' }), lookup).item.dose.side).toBe(
      'both',
    );
  });

  it('adds 2 repetitions when there is no load to raise and no harder exercise', () => {
    const result = progress(item('bird-dog'), lookup);
    expect(result.change).toBe('reps');
    expect(result.item.dose.reps).toBe(12);
    expect(result.message).toBe('Raised the repetitions from 10 to 12 a set.');
  });

  it('lengthens a hold by 10 seconds, up to 300', () => {
    expect(progress(item('front-plank'), lookup).message).toBe(
      'Lengthened the hold from 30 to 40 seconds.',
    );
    expect(progress(item('front-plank', holdDose(295)), lookup).item.dose.holdSeconds).toBe(300);
  });

  it('moves along the ladder only when asked to, even with a weight', () => {
    const result = progress(item('goblet-squat'), lookup, { via: 'ladder' });
    expect(result.item.exerciseId).toBe('split-squat');
    expect(result.item.dose.load).toEqual({ kind: 'body_weight' });
  });

  it('changes only the dose when asked to, even with a harder exercise', () => {
    const result = progress(item('glute-bridge'), lookup, { via: 'dose' });
    expect(result.item.exerciseId).toBe('glute-bridge');
    expect(result.item.dose.reps).toBe(12);
  });

  it('says when there is nothing to progress, and returns the same item', () => {
    const top = item('single-leg-hip-thrust');
    const onLadder = progress(top, lookup, { via: 'ladder' });
    expect(onLadder).toEqual({
      item: top,
      change: 'none',
      message: 'Single-leg hip thrust is at the top of its ladder.',
    });
    const maxed = item('bird-dog', standardDose({ reps: 100, side: 'alternating' }));
    expect(progress(maxed, lookup).message).toBe(
      'Nothing left to raise: Bird dog is at the top of its ladder and its dose limits.',
    );
    expect(progress(maxed, lookup).item).toBe(maxed);
  });

  it('still changes the dose of an exercise it cannot find', () => {
    const gone: ProgramItem = { id: 'i1', exerciseId: 'deleted-custom', dose: standardDose() };
    expect(progress(gone, lookup).item.dose.reps).toBe(12);
  });

  it('never changes the item it is given', () => {
    const before = item('goblet-squat');
    const copy = structuredClone(before);
    progress(before, lookup);
    regress(before, lookup);
    expect(before).toEqual(copy);
  });
});

describe('Regress', () => {
  it('lowers a weight by 10 %', () => {
    const result = regress(item('goblet-squat', { load: { kind: 'kg', amount: 20 } }), lookup);
    expect(result.item.dose.load).toEqual({ kind: 'kg', amount: 18 });
    expect(result.message).toBe('Lowered the load from 20 kg to 18 kg (-10 %).');
  });

  it('moves to the next lighter band, then down the ladder from the lightest', () => {
    expect(regress(item('banded-clamshell'), lookup).message).toBe(
      'Moved from the red band to the lighter yellow band.',
    );
    const lightest = regress(
      item('banded-clamshell', { load: { kind: 'band', colour: 'yellow' } }),
      lookup,
    );
    expect(lightest.item.exerciseId).toBe('clamshell');
    expect(lightest.message).toBe(
      'Regressed from Banded clamshell to Clamshell, at its starting dose: 3 × 15 each side.',
    );
  });

  it('moves down the ladder from the smallest weight', () => {
    expect(
      regress(item('goblet-squat', { load: { kind: 'kg', amount: 0.5 } }), lookup).item.exerciseId,
    ).toBe('bodyweight-squat');
  });

  it('takes the load away when there is no lighter one and no easier exercise', () => {
    const band = regress(item('standing-hip-abduction'), lookup);
    expect(band.item.dose.load).toEqual({ kind: 'body_weight' });
    expect(band.message).toBe('Removed the band (yellow band): body weight only.');
    const weight = regress(item('leg-press', { load: { kind: 'kg', amount: 0.5 } }), lookup);
    expect(weight.message).toBe('Removed the weight (0.5 kg): body weight only.');
  });

  it('moves a body-weight exercise down its ladder', () => {
    const result = regress(item('single-leg-bridge', { side: 'left' }), lookup);
    expect(result.item.exerciseId).toBe('glute-bridge');
    expect(result.item.dose.side).toBe('both');
  });

  it('takes off 2 repetitions or 10 seconds of hold when nothing else can get easier', () => {
    expect(regress(item('bird-dog'), lookup).message).toBe(
      'Lowered the repetitions from 10 to 8 a set.',
    );
    expect(regress(item('front-plank'), lookup).message).toBe(
      'Shortened the hold from 30 to 20 seconds.',
    );
    expect(regress(item('front-plank', holdDose(12)), lookup).item.dose.holdSeconds).toBe(5);
  });

  it('changes only the dose when asked to', () => {
    expect(regress(item('bodyweight-squat'), lookup, { via: 'dose' }).item.dose.reps).toBe(8);
  });

  it('says when there is nothing easier', () => {
    expect(regress(item('wall-sit'), lookup, { via: 'ladder' }).message).toBe(
      'Wall sit is at the bottom of its ladder.',
    );
    const least = item('front-plank', holdDose(5));
    expect(regress(least, lookup)).toEqual({
      item: least,
      change: 'none',
      message:
        'Nothing left to lower: Front plank is at the bottom of its ladder and its dose limits.',
    });
  });
});
