import { dose, holdDose, standardDose } from './dose';
import { doseSeconds, sessionEstimate } from './session-minutes';

describe('session minutes', () => {
  it('times a standard dose: 3 × 10 at 2-0-2 with 60 s rests', () => {
    // 3 sets × 10 reps × 4 s = 120 s work + 2 rests × 60 s = 120 s + 30 s set-up = 270 s.
    expect(doseSeconds(standardDose())).toBe(270);
  });

  it('counts the work twice for each side, but not the rests', () => {
    // 3 × 10 × 4 s × 2 sides = 240 s + 2 × 60 s + 30 s = 390 s.
    expect(doseSeconds(standardDose({ side: 'each', tempo: '2-0-1-1' }))).toBe(390);
    expect(doseSeconds(standardDose({ side: 'alternating' }))).toBe(390);
    expect(doseSeconds(standardDose({ side: 'left' }))).toBe(270);
  });

  it('times a hold by its seconds', () => {
    // 3 × 30 s = 90 s + 2 × 60 s + 30 s = 240 s; each side: 180 + 120 + 30 = 330 s.
    expect(doseSeconds(holdDose(30))).toBe(240);
    expect(doseSeconds(holdDose(30, { side: 'each' }))).toBe(330);
  });

  it('uses 4 s a repetition without a tempo', () => {
    // 3 × 12 × 4 s = 144 s + 120 s + 30 s = 294 s.
    expect(doseSeconds(standardDose({ reps: 12, tempo: null }))).toBe(294);
  });

  it('rests only between sets', () => {
    // 1 × 10 × 4 s = 40 s + no rest + 30 s = 70 s.
    expect(doseSeconds(standardDose({ sets: 1, restSeconds: 90 }))).toBe(70);
  });

  it('estimates an empty draft as 3 × 10 with 60 s rests', () => {
    expect(doseSeconds(dose.parse({}))).toBe(270);
  });

  it('adds up a session and rounds the minutes up', () => {
    // 270 + 390 = 660 s = 11 min exactly; + 70 s = 730 s = 12 min 10 s → 13 min.
    expect(sessionEstimate([standardDose(), standardDose({ side: 'each' })])).toEqual({
      seconds: 660,
      minutes: 11,
    });
    expect(
      sessionEstimate([standardDose(), standardDose({ side: 'each' }), standardDose({ sets: 1 })])
        .minutes,
    ).toBe(13);
    expect(sessionEstimate([])).toEqual({ seconds: 0, minutes: 0 });
  });
});
