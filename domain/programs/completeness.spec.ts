import { completeness, describeCompleteness } from './completeness';
import { dose, holdDose, standardDose } from './dose';

describe('prescription completeness (Holden 2018)', () => {
  it('scores a standard dose 8 of 8', () => {
    const c = completeness(standardDose());
    expect(c).toEqual(
      jasmine.objectContaining({ score: 8, total: 8, complete: true, missing: [] }),
    );
    expect(describeCompleteness(c)).toBe('Complete: all 8 parts named.');
  });

  it('lists what an empty draft is missing, except the default progression criterion', () => {
    const c = completeness(dose.parse({}));
    expect(c.present).toEqual(['progression']);
    expect(c.missing).toEqual(['load', 'volume', 'sets', 'rest', 'tempo', 'frequency', 'duration']);
    expect(c.score).toBe(1);
  });

  it('counts a hold as both the volume and the tempo', () => {
    const c = completeness(holdDose(30));
    expect(c.complete).toBeTrue();
  });

  it('counts a rest of 0 seconds as prescribed', () => {
    expect(completeness(standardDose({ restSeconds: 0 })).missing).toEqual([]);
  });

  it('says what is missing in one sentence', () => {
    const c = completeness(standardDose({ restSeconds: null, tempo: null }));
    expect(c.missing).toEqual(['rest', 'tempo']);
    expect(describeCompleteness(c)).toBe('6 of 8 named; missing rest and tempo.');
    const d = completeness(standardDose({ weeks: null, progression: null, load: null }));
    expect(describeCompleteness(d)).toBe(
      '5 of 8 named; missing load, duration in weeks and progression criterion.',
    );
  });
});
