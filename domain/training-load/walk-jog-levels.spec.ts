import {
  nextWalkJogSession,
  walkJogCriteria,
  walkJogLevels,
  type WalkJogLevelNumber,
  type WalkJogSession,
  type WalkJogSoreness,
} from './walk-jog-levels';

// 2026-03-02 is a Monday.
const done = (
  date: string,
  level: WalkJogLevelNumber,
  soreness: WalkJogSoreness = 'none',
): WalkJogSession => ({
  date,
  level,
  completed: true,
  soreness,
  swellingIncreased: false,
});

describe('walk–jog levels', () => {
  it('lists the 8 Delaware levels, 2 mi sessions up to level 5', () => {
    expect(walkJogLevels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(walkJogLevels.slice(0, 5).every((l) => l.totalMiles === 2)).toBeTrue();
    expect(walkJogLevels[0].session).toBe('Walk 0.1 mi, jog 0.1 mi; repeat 10 times (2 mi).');
    // 2 mi = 3,218.688 m; level 8 has no distance in the source table.
    expect(walkJogLevels[0].totalMetres).toBe(3219);
    expect(walkJogLevels[7].totalMetres).toBeNull();
  });

  it('gives each progression criterion a source', () => {
    expect(walkJogCriteria.length).toBe(7);
    expect(walkJogCriteria.find((c) => c.id === 'sore-after')?.source.practice).toBeTrue();
  });
});

describe('next walk–jog session', () => {
  it('starts at level 1', () => {
    expect(nextWalkJogSession([], '2026-03-02')).toEqual(
      jasmine.objectContaining({ level: 1, moveUp: false, mayRunOn: true }),
    );
  });

  it('moves up after a level done in full without soreness, but not on the next day', () => {
    const history = [done('2026-03-02', 1)];
    const tuesday = nextWalkJogSession(history, '2026-03-03');
    expect(tuesday.level).toBe(2);
    expect(tuesday.moveUp).toBeTrue();
    expect(tuesday.mayRunOn).toBeFalse();
    expect(tuesday.earliestDate).toBe('2026-03-04');
    expect(nextWalkJogSession(history, '2026-03-04').mayRunOn).toBeTrue();
  });

  it('allows no more than 2 level-ups in 7 days', () => {
    // Mon level 1, Wed level 2, Fri level 3: a 4th level on Sun would be 1 → 4 within 7 days.
    const history = [done('2026-03-02', 1), done('2026-03-04', 2), done('2026-03-06', 3)];
    const sunday = nextWalkJogSession(history, '2026-03-08');
    expect(sunday.level).toBe(3);
    expect(sunday.moveUp).toBeFalse();
    expect(sunday.reasons[0]).toContain('more than 2 levels in 7 days');
    // Tue 10 Mar: the 7 days from Wed 4 Mar still hold the moves to level 2 and 3 (1 → 4 is 3 levels).
    expect(nextWalkJogSession(history, '2026-03-10').level).toBe(3);
    // Wed 11 Mar: the 7 days start on Thu 5 Mar, when the patient was at level 2; 2 → 4 is 2 levels.
    expect(nextWalkJogSession(history, '2026-03-11').level).toBe(4);
  });

  it('drops a level with 2 days off after soreness in the warm-up', () => {
    const advice = nextWalkJogSession([done('2026-03-02', 3, 'warm-up')], '2026-03-04');
    expect(advice.level).toBe(2);
    expect(advice.mayRunOn).toBeFalse();
    // Tue and Wed off; Thursday is the first day back.
    expect(advice.earliestDate).toBe('2026-03-05');
  });

  it('drops a level with 1 day off after soreness in the workout, never below level 1', () => {
    const advice = nextWalkJogSession([done('2026-03-02', 3, 'workout')], '2026-03-04');
    expect(advice).toEqual(
      jasmine.objectContaining({ level: 2, mayRunOn: true, earliestDate: '2026-03-04' }),
    );
    expect(nextWalkJogSession([done('2026-03-02', 1, 'workout')], '2026-03-04').level).toBe(1);
  });

  it('stays at the level when sore or swollen after, or when the level was not finished', () => {
    expect(nextWalkJogSession([done('2026-03-02', 3, 'after')], '2026-03-04').level).toBe(3);
    const swollen = { ...done('2026-03-02', 3), swellingIncreased: true };
    expect(nextWalkJogSession([swollen], '2026-03-04').level).toBe(3);
    const unfinished = { ...done('2026-03-02', 3), completed: false };
    expect(nextWalkJogSession([unfinished], '2026-03-04')).toEqual(
      jasmine.objectContaining({ level: 3, moveUp: false }),
    );
  });

  it('allows at most 4 sessions in a Monday-to-Sunday week', () => {
    // Logged against advice on four days in a row; Saturday is a rest day after Thursday but the week is full.
    const history = [
      done('2026-03-02', 1),
      done('2026-03-03', 1),
      done('2026-03-04', 1),
      done('2026-03-05', 1),
    ];
    const saturday = nextWalkJogSession(history, '2026-03-07');
    expect(saturday.mayRunOn).toBeFalse();
    expect(saturday.earliestDate).toBe('2026-03-09');
  });

  it('stays at level 8, the last level', () => {
    const advice = nextWalkJogSession([done('2026-03-02', 8)], '2026-03-04');
    expect(advice.level).toBe(8);
    expect(advice.moveUp).toBeFalse();
  });

  it('ignores sessions logged after the day asked about', () => {
    const history = [done('2026-03-02', 1), done('2026-03-06', 2)];
    expect(nextWalkJogSession(history, '2026-03-04').level).toBe(2);
  });
});
