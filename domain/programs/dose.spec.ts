import * as z from 'zod';
import { fieldErrors } from '../contracts/api-error';
import {
  dose,
  heavierBand,
  holdDose,
  lighterBand,
  parseTempo,
  standardDose,
  tempoSeconds,
} from './dose';

function errorsOf(input: unknown): Record<string, string[]> {
  const parsed = dose.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('dose contract', () => {
  it('accepts an empty draft: every part is null, both sides, ACSM double progression', () => {
    expect(dose.parse({})).toEqual({
      sets: null,
      reps: null,
      holdSeconds: null,
      load: null,
      tempo: null,
      restSeconds: null,
      frequency: null,
      weeks: null,
      side: 'both',
      progression: { kind: 'double_progression' },
      notes: null,
    });
  });

  it('keeps an explicit null progression criterion as "none chosen"', () => {
    expect(dose.parse({ progression: null }).progression).toBeNull();
  });

  // [field path, dose for a value, just below, lowest, highest, just above, message]
  const bounds: [string, (n: number) => object, number, number, number, number, string][] = [
    ['sets', (n) => ({ sets: n }), 0, 1, 10, 11, 'Enter 1 to 10 sets.'],
    ['reps', (n) => ({ reps: n }), 0, 1, 100, 101, 'Enter 1 to 100 repetitions.'],
    [
      'holdSeconds',
      (n) => ({ holdSeconds: n }),
      0,
      1,
      300,
      301,
      'Enter a hold of 1 to 300 seconds.',
    ],
    [
      'restSeconds',
      (n) => ({ restSeconds: n }),
      -1,
      0,
      600,
      601,
      'Enter a rest of 0 to 600 seconds.',
    ],
    ['weeks', (n) => ({ weeks: n }), 0, 1, 52, 53, 'Enter a duration of 1 to 52 weeks.'],
    [
      'frequency.days',
      (n) => ({ frequency: { kind: 'days_per_week', days: n } }),
      0,
      1,
      7,
      8,
      'Enter 1 to 7 days a week.',
    ],
    [
      'load.rpe',
      (n) => ({ load: { kind: 'rpe', rpe: n } }),
      0,
      1,
      10,
      11,
      'Enter an effort (RPE) from 1 to 10.',
    ],
    [
      'load.amount',
      (n) => ({ load: { kind: 'kg', amount: n } }),
      0.4,
      0.5,
      300,
      300.5,
      'Enter a load from 0.5 to 300 kg.',
    ],
    [
      'load.amount',
      (n) => ({ load: { kind: 'lb', amount: n } }),
      0.9,
      1,
      660,
      661,
      'Enter a load from 1 to 660 lb.',
    ],
  ];
  for (const [path, make, below, min, max, above, message] of bounds) {
    it(`accepts ${path} at ${min} and at ${max}`, () => {
      expect(errorsOf(make(min))).toEqual({});
      expect(errorsOf(make(max))).toEqual({});
    });
    it(`rejects ${path} at ${below} and at ${above} with "${message}"`, () => {
      expect(errorsOf(make(below))[path]).toEqual([message]);
      expect(errorsOf(make(above))[path]).toEqual([message]);
    });
  }

  it('rejects fractions and text where a whole number is needed, with the same message', () => {
    expect(errorsOf({ sets: 2.5 })['sets']).toEqual(['Enter 1 to 10 sets.']);
    expect(errorsOf({ reps: '10' })['reps']).toEqual(['Enter 1 to 100 repetitions.']);
    expect(errorsOf({ restSeconds: Number.NaN })['restSeconds']).toEqual([
      'Enter a rest of 0 to 600 seconds.',
    ]);
  });

  it('accepts a weight with a decimal, like 2.5 kg', () => {
    expect(errorsOf({ load: { kind: 'kg', amount: 2.5 } })).toEqual({});
  });

  it('takes repetitions or a hold, not both', () => {
    expect(errorsOf({ reps: 10, holdSeconds: 30 })['holdSeconds']).toEqual([
      'Choose repetitions or a hold, not both.',
    ]);
  });

  it('refuses a tempo on a hold', () => {
    expect(errorsOf({ holdSeconds: 30, tempo: '2-0-2' })['tempo']).toEqual([
      'A hold needs no tempo: clear the tempo or use repetitions.',
    ]);
  });

  it('accepts tempos of three or four parts and trims them', () => {
    expect(dose.parse({ tempo: ' 2-0-2 ' }).tempo).toBe('2-0-2');
    expect(dose.parse({ tempo: '3-1-1-0' }).tempo).toBe('3-1-1-0');
    expect(dose.parse({ tempo: '10-0-10' }).tempo).toBe('10-0-10');
  });

  it('treats an empty tempo as not prescribed', () => {
    expect(dose.parse({ tempo: '' }).tempo).toBeNull();
  });

  for (const bad of ['2-0', '2:0:2', 'fast', '2-0-2-1-1', '2 - 0 - 2']) {
    it(`rejects the tempo "${bad}" with an example of the format`, () => {
      expect(errorsOf({ tempo: bad })['tempo']).toEqual([
        'Write the tempo as seconds down-pause-up, like 2-0-2.',
      ]);
    });
  }

  it('rejects a tempo phase over 10 seconds', () => {
    expect(errorsOf({ tempo: '11-0-2' })['tempo']).toEqual([
      'Each part of the tempo is at most 10 seconds.',
    ]);
  });

  it('rejects a tempo with no time down or up', () => {
    expect(errorsOf({ tempo: '0-5-0' })['tempo']).toEqual([
      'A tempo needs some seconds down or up, like 2-0-2.',
    ]);
  });

  it('stores chosen weekdays once each, Monday first', () => {
    expect(
      dose.parse({ frequency: { kind: 'weekdays', weekdays: ['fri', 'mon', 'wed', 'fri'] } })
        .frequency,
    ).toEqual({
      kind: 'weekdays',
      weekdays: ['mon', 'wed', 'fri'],
    });
  });

  it('encodes a stored dose unchanged, for API responses', () => {
    const stored = standardDose({
      frequency: { kind: 'weekdays', weekdays: ['mon', 'thu'] },
      notes: 'Slow on the way down.',
    });
    expect(z.encode(dose, stored)).toEqual(stored);
  });

  it('needs at least one known weekday', () => {
    expect(
      errorsOf({ frequency: { kind: 'weekdays', weekdays: [] } })['frequency.weekdays'],
    ).toEqual(['Choose at least one day of the week.']);
    expect(
      errorsOf({ frequency: { kind: 'weekdays', weekdays: ['someday'] } })['frequency.weekdays.0'],
    ).toEqual(['Choose days of the week.']);
  });

  it('names the band colours it knows', () => {
    expect(errorsOf({ load: { kind: 'band', colour: 'purple' } })['load.colour']).toEqual([
      'Choose a band colour.',
    ]);
  });

  it('needs the text of a custom progression criterion', () => {
    expect(errorsOf({ progression: { kind: 'custom', text: ' ' } })['progression.text']).toEqual([
      'Describe when to progress.',
    ]);
    expect(
      dose.parse({ progression: { kind: 'custom', text: ' Pain ≤ 2/10 for a week ' } }).progression,
    ).toEqual({
      kind: 'custom',
      text: 'Pain ≤ 2/10 for a week',
    });
  });

  it('limits notes to 500 characters and stores blank notes as null', () => {
    expect(errorsOf({ notes: 'x'.repeat(501) })['notes']).toEqual([
      'Notes are at most 500 characters.',
    ]);
    expect(dose.parse({ notes: 'x'.repeat(500) }).notes).toHaveSize(500);
    expect(dose.parse({ notes: '   ' }).notes).toBeNull();
  });

  it('rejects an unknown side or load kind', () => {
    expect(errorsOf({ side: 'middle' })['side']).toEqual([
      'Choose the side: both, each, left, right or alternating.',
    ]);
    expect(Object.values(errorsOf({ load: { kind: 'stones' } })).flat()).toEqual([
      'Choose a load: body weight, kg, lb, a band colour or an effort (RPE).',
    ]);
  });
});

describe('tempo', () => {
  it('reads the phases lowering first, with an optional pause at the top', () => {
    expect(parseTempo('3-1-2')).toEqual({ lowering: 3, bottomPause: 1, lifting: 2, topPause: 0 });
    expect(parseTempo('1-0-1-5')).toEqual({ lowering: 1, bottomPause: 0, lifting: 1, topPause: 5 });
  });

  it('gives the seconds of one repetition, or null without a valid tempo', () => {
    expect(tempoSeconds('2-0-2')).toBe(4);
    expect(tempoSeconds('1-0-1-5')).toBe(7);
    expect(tempoSeconds(null)).toBeNull();
    expect(tempoSeconds('slow')).toBeNull();
  });
});

describe('standard doses', () => {
  it('start a novice at ACSM 2009: 3 sets of 10, 2 s down and 2 s up, 3 days a week', () => {
    const d = standardDose();
    expect([d.sets, d.reps, d.tempo]).toEqual([3, 10, '2-0-2']);
    expect(d.frequency).toEqual({ kind: 'days_per_week', days: 3 });
    expect(d.progression).toEqual({ kind: 'double_progression' });
    expect(dose.safeParse(d).success).toBeTrue();
  });

  it('hold instead of repeating, with no tempo', () => {
    const d = holdDose(30, { sets: 2 });
    expect([d.sets, d.reps, d.holdSeconds, d.tempo]).toEqual([2, null, 30, null]);
    expect(dose.safeParse(d).success).toBeTrue();
  });
});

describe('band colours', () => {
  it('go from yellow (lightest) to gold (heaviest)', () => {
    expect(heavierBand('yellow')).toBe('red');
    expect(heavierBand('blue')).toBe('black');
    expect(heavierBand('gold')).toBeNull();
    expect(lighterBand('red')).toBe('yellow');
    expect(lighterBand('yellow')).toBeNull();
  });
});
