import { dose as doseSchema, type Dose, type DoseInput } from '../programs/dose';
import { emptyProgram } from '../programs/program';
import { frequencyDays, isDailyRoutine, isHeavy, strengthDays } from './strength-days';

function dose(changes: Partial<DoseInput>): Dose {
  return doseSchema.parse({
    sets: 3,
    amount: { kind: 'reps', reps: 10 },
    load: { kind: 'body_weight' },
    tempo: null,
    restSeconds: 60,
    frequency: { kind: 'days_per_week', days: 3 },
    weeks: 6,
    side: 'both',
    progression: { kind: 'double_progression' },
    notes: null,
    ...changes,
  });
}

describe('strength days from the program', () => {
  it('spreads days a week with a day between where the week allows', () => {
    expect(frequencyDays({ kind: 'days_per_week', days: 2 })).toEqual(['mon', 'thu']);
    expect(frequencyDays({ kind: 'days_per_week', days: 3 })).toEqual(['mon', 'wed', 'fri']);
    expect(frequencyDays({ kind: 'weekdays', weekdays: ['tue', 'sat'] })).toEqual(['tue', 'sat']);
  });

  it('calls kg, lb and RPE 7 or more heavy; body weight, bands and RPE 6 not', () => {
    expect(isHeavy(dose({ load: { kind: 'kg', amount: 20 } }))).toBeTrue();
    expect(isHeavy(dose({ load: { kind: 'lb', amount: 30 } }))).toBeTrue();
    expect(isHeavy(dose({ load: { kind: 'rpe', rpe: 7 } }))).toBeTrue();
    expect(isHeavy(dose({ load: { kind: 'rpe', rpe: 6 } }))).toBeFalse();
    expect(isHeavy(dose({ load: { kind: 'band', colour: 'red' } }))).toBeFalse();
    expect(isHeavy(dose({}))).toBeFalse();
    expect(isHeavy(dose({ load: null }))).toBeFalse();
  });

  it('gives no days to a dose whose frequency is not set yet', () => {
    expect(frequencyDays(null)).toEqual([]);
  });

  it("joins the exercises' days, heavy where any heavy exercise falls", () => {
    const program = emptyProgram();
    program.sections.quadriceps.push({
      id: 'a',
      exerciseId: 'goblet-squat',
      dose: dose({ load: { kind: 'kg', amount: 12 }, frequency: { kind: 'weekdays', weekdays: ['mon', 'thu'] } }),
    });
    program.sections.glutes_hip.push({
      id: 'b',
      exerciseId: 'glute-bridge',
      dose: dose({ frequency: { kind: 'days_per_week', days: 3 } }),
    });
    expect(strengthDays(program.sections)).toEqual([
      { weekday: 'mon', heavy: true, routineOnly: false },
      { weekday: 'thu', heavy: true, routineOnly: false },
      { weekday: 'wed', heavy: false, routineOnly: false },
      { weekday: 'fri', heavy: false, routineOnly: false },
    ]);
  });

  it('calls a light exercise done every day the daily routine; a heavy one or one done 6 days is not', () => {
    expect(isDailyRoutine(dose({ frequency: { kind: 'days_per_week', days: 7 } }))).toBeTrue();
    expect(
      isDailyRoutine(dose({ frequency: { kind: 'weekdays', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } })),
    ).toBeTrue();
    expect(
      isDailyRoutine(dose({ frequency: { kind: 'days_per_week', days: 7 }, load: { kind: 'kg', amount: 10 } })),
    ).toBeFalse();
    expect(isDailyRoutine(dose({ frequency: { kind: 'days_per_week', days: 6 } }))).toBeFalse();
  });

  it('marks the days that hold only the daily routine', () => {
    const program = emptyProgram();
    program.sections.glutes_hip.push(
      { id: 'a', exerciseId: 'clamshell', dose: dose({ frequency: { kind: 'days_per_week', days: 7 } }) },
      { id: 'b', exerciseId: 'glute-bridge', dose: dose({ frequency: { kind: 'days_per_week', days: 3 } }) },
    );
    expect(strengthDays(program.sections)).toEqual([
      { weekday: 'mon', heavy: false, routineOnly: false },
      { weekday: 'tue', heavy: false, routineOnly: true },
      { weekday: 'wed', heavy: false, routineOnly: false },
      { weekday: 'thu', heavy: false, routineOnly: true },
      { weekday: 'fri', heavy: false, routineOnly: false },
      { weekday: 'sat', heavy: false, routineOnly: true },
      { weekday: 'sun', heavy: false, routineOnly: true },
    ]);
  });
});
