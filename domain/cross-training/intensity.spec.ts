import { cr10Description, effortBand, intensity } from './intensity';

describe('cross-training intensity', () => {
  it("gives each CR10 anchor its own words and the numbers between them their neighbours'", () => {
    expect(cr10Description(0)).toBe('0 — Nothing at all');
    expect(cr10Description(3)).toBe('3 — Moderate');
    expect(cr10Description(4)).toBe('4 — between Moderate and Strong (heavy)');
    expect(cr10Description(6)).toBe('6 — between Strong (heavy) and Very strong');
    expect(cr10Description(9)).toBe('9 — between Very strong and Extremely strong (maximal)');
    expect(cr10Description(10)).toBe('10 — Extremely strong (maximal)');
  });

  it('bands the three ways of saying how hard alike', () => {
    expect([0, 2, 3, 4, 5, 10].map((rpe) => effortBand({ kind: 'rpe', rpe }))).toEqual([
      'light',
      'light',
      'moderate',
      'moderate',
      'vigorous',
      'vigorous',
    ]);
    expect([1, 2, 3, 4, 5].map((zone) => effortBand({ kind: 'hr_zone', zone }))).toEqual([
      'light',
      'light',
      'moderate',
      'vigorous',
      'vigorous',
    ]);
    expect(effortBand({ kind: 'talk_test', level: 'can_sing' })).toBe('light');
    expect(effortBand({ kind: 'talk_test', level: 'can_talk' })).toBe('moderate');
    expect(effortBand({ kind: 'talk_test', level: 'few_words' })).toBe('vigorous');
  });

  it('accepts RPE 0–10 and zones 1–5 as whole numbers, with one message per field', () => {
    expect(intensity.safeParse({ kind: 'rpe', rpe: 0 }).success).toBeTrue();
    expect(intensity.safeParse({ kind: 'rpe', rpe: 10 }).success).toBeTrue();
    for (const rpe of [-1, 11, 3.5]) {
      const result = intensity.safeParse({ kind: 'rpe', rpe });
      expect(result.error?.issues.map((i) => i.message)).toEqual(['Enter an effort (RPE) from 0 to 10.']);
    }
    expect(intensity.safeParse({ kind: 'hr_zone', zone: 0 }).error?.issues[0]?.message).toBe(
      'Choose a heart-rate zone from 1 to 5.',
    );
    expect(intensity.safeParse({ kind: 'talk_test', level: 'shout' }).success).toBeFalse();
  });
});
