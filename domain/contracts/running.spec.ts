import type * as z from 'zod';
import { fieldErrors } from './api-error';
import {
  createRunRequest,
  createRunningPlanRequest,
  mileagePlanRequest,
  runListQuery,
  saveRunningPlanRequest,
  toPlanSettings,
  updateRunRequest,
  weeklyDistanceLimit,
} from './running';

function errorsOf(input: unknown, schema: z.ZodType) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

// 2026-03-02 is a Monday.
const plan = { kind: 'mileage', baselineDistance: 10, targetDistance: 20, startWeek: '2026-03-02' };

describe('running plan contract', () => {
  it('fills the clinical defaults: 10 % a week, a cutback every 4th week at 85 %, miles, no race', () => {
    expect(mileagePlanRequest.parse(plan)).toEqual({
      ...plan,
      kind: 'mileage',
      distanceUnit: 'mi',
      maxWeeklyIncreasePercent: 10,
      cutbackEvery: 4,
      cutbackPercent: 85,
      raceDate: null,
    });
  });

  it('converts typed distances to stored metres for the generator', () => {
    // 10 mi = 16,093.44 m → 16,093; 20 mi = 32,186.88 m → 32,187.
    const settings = toPlanSettings(mileagePlanRequest.parse(plan));
    expect(settings).toEqual(
      jasmine.objectContaining({
        baselineMetres: 16_093,
        targetMetres: 32_187,
        unit: 'mi',
        startWeek: '2026-03-02',
      }),
    );
    expect(
      toPlanSettings(mileagePlanRequest.parse({ ...plan, distanceUnit: 'km' })).targetMetres,
    ).toBe(20_000);
  });

  it('allows no cutback weeks', () => {
    expect(mileagePlanRequest.parse({ ...plan, cutbackEvery: null }).cutbackEvery).toBeNull();
  });

  it('caps a week at 300 km, or 186.4 mi', () => {
    expect(weeklyDistanceLimit('km')).toBe(300);
    expect(weeklyDistanceLimit('mi')).toBe(186.4);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['startWeek', { startWeek: '2026-03-03' }, 'Choose a Monday: weeks start on Monday.'],
    ['startWeek', { startWeek: '2026-02-30' }, 'Enter a date as YYYY-MM-DD.'],
    [
      'baselineDistance',
      { baselineDistance: 0 },
      'Enter a current weekly distance above 0; for a patient not yet running, use the walk–jog levels.',
    ],
    [
      'baselineDistance',
      { baselineDistance: '10' },
      'Enter the current weekly distance as a number.',
    ],
    [
      'targetDistance',
      { targetDistance: 186.5 },
      'The target weekly distance is at most 186.4 mi.',
    ],
    [
      'targetDistance',
      { targetDistance: 301, distanceUnit: 'km' },
      'The target weekly distance is at most 300 km.',
    ],
    [
      'targetDistance',
      { targetDistance: 9 },
      'The target cannot be below the current weekly distance.',
    ],
    [
      'maxWeeklyIncreasePercent',
      { maxWeeklyIncreasePercent: 50 },
      'The weekly increase is between 1 % and 30 %.',
    ],
    [
      'cutbackEvery',
      { cutbackEvery: 1 },
      'A cutback week comes every 2 to 8 weeks, or not at all.',
    ],
    [
      'cutbackEvery',
      { cutbackEvery: 3.5 },
      'Enter how often a cutback week comes as a whole number of weeks.',
    ],
    [
      'cutbackPercent',
      { cutbackPercent: 100 },
      'A cutback week is 50 % to 95 % of the week before.',
    ],
    ['raceDate', { raceDate: '2026-03-01' }, 'The race cannot be before the plan starts.'],
    ['raceDate', { raceDate: '2028-03-01' }, 'The race must be within 104 weeks of the start.'],
    ['raceDate', { raceDate: '2026-13-01' }, 'Enter a date as YYYY-MM-DD.'],
  ];
  for (const [field, change, message] of bad) {
    it(`rejects ${field} = ${JSON.stringify(Object.values(change)[0])} with "${message}"`, () => {
      expect(errorsOf({ ...plan, ...change }, mileagePlanRequest)[field]).toContain(message);
    });
  }

  it('accepts a race in the 104th week and a walk–jog plan from level 1', () => {
    // 2026-03-02 + 103 weeks = 2028-02-21, the plan's last possible week.
    expect(mileagePlanRequest.safeParse({ ...plan, raceDate: '2028-02-26' }).success).toBeTrue();
    expect(createRunningPlanRequest.parse({ kind: 'walk-jog', startDate: '2026-03-04' })).toEqual({
      kind: 'walk-jog',
      startDate: '2026-03-04',
      startLevel: 1,
    });
    expect(
      errorsOf(
        { kind: 'walk-jog', startDate: '2026-03-04', startLevel: 9 },
        createRunningPlanRequest,
      ),
    ).toEqual({
      startLevel: ['Choose a level from 1 to 8.'],
    });
  });
});

describe('edited plan contract', () => {
  const weeks = [
    { weekStart: '2026-03-02', distance: 10, kind: 'hold' },
    { weekStart: '2026-03-09', distance: 11, kind: 'build' },
    { weekStart: '2026-03-16', distance: 12.5, kind: 'build' },
  ];

  it('accepts consecutive Mondays with the version read', () => {
    expect(
      saveRunningPlanRequest.safeParse({ version: 3, distanceUnit: 'mi', weeks }).success,
    ).toBeTrue();
  });

  it('needs the version', () => {
    expect(
      errorsOf({ distanceUnit: 'mi', weeks }, saveRunningPlanRequest)['version'],
    ).toBeDefined();
  });

  it('points at the week that skips a Monday or holds too much', () => {
    const gap = [...weeks.slice(0, 2), { ...weeks[2], weekStart: '2026-03-23' }];
    expect(
      errorsOf({ version: 1, distanceUnit: 'mi', weeks: gap }, saveRunningPlanRequest),
    ).toEqual({
      'weeks.2.weekStart': ['Planned weeks follow one another, Monday to Monday.'],
    });
    const tooMuch = [weeks[0], { ...weeks[1], distance: 301 }];
    expect(
      errorsOf({ version: 1, distanceUnit: 'km', weeks: tooMuch }, saveRunningPlanRequest),
    ).toEqual({
      'weeks.1.distance': ['A planned week is at most 300 km.'],
    });
    const notMonday = [{ ...weeks[0], weekStart: '2026-03-04' }];
    expect(
      errorsOf({ version: 1, distanceUnit: 'mi', weeks: notMonday }, saveRunningPlanRequest),
    ).toEqual({
      'weeks.0.weekStart': ['Choose a Monday: weeks start on Monday.'],
    });
  });

  it('refuses an unknown kind of week and an empty plan', () => {
    const odd = [{ ...weeks[0], kind: 'taper' }];
    expect(
      errorsOf({ version: 1, distanceUnit: 'mi', weeks: odd }, saveRunningPlanRequest)[
        'weeks.0.kind'
      ],
    ).toEqual(['Choose build, cutback, hold or race.']);
    expect(
      errorsOf({ version: 1, distanceUnit: 'mi', weeks: [] }, saveRunningPlanRequest)['weeks'],
    ).toEqual(['A plan has at least one week.']);
  });
});

describe('run contract', () => {
  const runEntry = { date: '2026-03-04', distance: 5.2, distanceUnit: 'km', painDuring: 2 };

  it('accepts a run with only the required fields and fills the rest with null', () => {
    expect(createRunRequest.parse(runEntry)).toEqual({
      ...runEntry,
      distanceUnit: 'km',
      durationMinutes: null,
      painNextMorning: null,
      notes: null,
      walkJog: null,
    });
  });

  it('keeps a walk–jog session with its soreness', () => {
    const walkJog = { level: 3, completed: true, soreness: 'after' } as const;
    expect(createRunRequest.parse({ ...runEntry, walkJog }).walkJog).toEqual({
      ...walkJog,
      swellingIncreased: false,
    });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['date', { date: '2026-02-29' }, 'Enter a date as YYYY-MM-DD.'],
    ['date', { date: '2999-01-01' }, 'A run cannot be in the future.'],
    ['distance', { distance: 0 }, 'Enter a distance above 0.'],
    ['distance', { distance: 300.1 }, 'A run is at most 300 km.'],
    ['distance', { distance: 186.5, distanceUnit: 'mi' }, 'A run is at most 186.4 mi.'],
    ['durationMinutes', { durationMinutes: 30.5 }, 'Enter the duration in whole minutes.'],
    ['durationMinutes', { durationMinutes: 0 }, 'A run lasts at least 1 minute.'],
    ['painDuring', { painDuring: 11 }, 'Enter pain during the run as a whole number from 0 to 10.'],
    ['painDuring', { painDuring: -1 }, 'Enter pain during the run as a whole number from 0 to 10.'],
    [
      'painDuring',
      { painDuring: 2.5 },
      'Enter pain during the run as a whole number from 0 to 10.',
    ],
    [
      'painDuring',
      { painDuring: undefined },
      'Enter pain during the run as a whole number from 0 to 10.',
    ],
    [
      'painNextMorning',
      { painNextMorning: 7.5 },
      'Enter pain the next morning as a whole number from 0 to 10.',
    ],
    ['notes', { notes: 'x'.repeat(2001) }, 'Notes are at most 2000 characters.'],
    [
      'walkJog.soreness',
      { walkJog: { level: 2, completed: true, soreness: 'later' } },
      'Choose when, if at all, the knee was sore.',
    ],
  ];
  for (const [field, change, message] of bad) {
    it(`rejects ${field} = ${JSON.stringify(Object.values(change)[0])} with "${message}"`, () => {
      expect(errorsOf({ ...runEntry, ...change }, createRunRequest)[field]).toContain(message);
    });
  }

  it('accepts pain 0 and 10, 2000 characters of notes and empty notes as none', () => {
    const parsed = createRunRequest.parse({
      ...runEntry,
      painDuring: 0,
      painNextMorning: 10,
      notes: '  ',
    });
    expect(parsed.notes).toBeNull();
    expect(createRunRequest.safeParse({ ...runEntry, notes: 'x'.repeat(2000) }).success).toBeTrue();
  });

  it('needs the version to update a run', () => {
    expect(
      errorsOf({ ...runEntry, painNextMorning: 3 }, updateRunRequest)['version'],
    ).toBeDefined();
    expect(
      updateRunRequest.safeParse({ ...runEntry, painNextMorning: 3, version: 2 }).success,
    ).toBeTrue();
  });

  it('lists runs between two dates in order', () => {
    expect(runListQuery.parse({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(runListQuery.parse({})).toEqual({});
    expect(errorsOf({ from: '2026-03-31', to: '2026-03-01' }, runListQuery)).toEqual({
      to: ['The end date cannot be before the start date.'],
    });
  });
});
