import { swimBikePlan } from '../cross-training/sample-plan';
import { addItem, emptyProgram } from '../programs/program';
import { standardDose, weekdays } from '../programs/dose';
import { plannedRunning } from '../cross-training/week-schedule';
import { scheduleSection } from './schedule-section';
import type { MissingTranslation } from './handout-document';

describe('scheduleSection', () => {
  const program = addItem(emptyProgram(), 'quadriceps', {
    exerciseId: 'step-up',
    dose: standardDose({ frequency: { kind: 'weekdays', weekdays: ['tue', 'fri'] } }),
  });

  it('lays out the typical week from the run days, the strength days and the sessions of the week of printing', () => {
    // Printed in the plan's second week (Mon 7 Dec): swimming is 33 min, cycling 22 (10 % a week, rounded).
    const section = scheduleSection(program, swimBikePlan(), null, '2026-12-09', 'en', []);
    expect(section.days).toEqual([
      { day: 'Monday', activities: ['Easy run'] },
      { day: 'Tuesday', activities: ['Strength exercises', 'Swimming 33 min'] },
      { day: 'Wednesday', activities: ['Easy run'] },
      { day: 'Thursday', activities: ['Stationary cycling 22 min'] },
      { day: 'Friday', activities: ['Strength exercises'] },
      { day: 'Saturday', activities: ['Stationary cycling 22 min'] },
      { day: 'Sunday', activities: ['Harder run (long run or faster running)'] },
    ]);
    expect(section.restDay).toBe('Rest');
  });

  it('leaves the run days off in a week the mileage plan has no running, as the schedule grid does', () => {
    const weeks = [
      { weekStart: '2026-11-30', plannedMetres: 0 },
      { weekStart: '2026-12-07', plannedMetres: 16_000 },
    ];
    const runs = (printedOn: string) =>
      scheduleSection(program, swimBikePlan(), plannedRunning(weeks), printedOn, 'en', [])
        .days.flatMap((d) => d.activities)
        .filter((a) => a.endsWith('run') || a.startsWith('Harder run'));
    expect(runs('2026-12-02')).toEqual([]); // planned 0 km
    expect(runs('2026-12-09')).toEqual([
      'Easy run',
      'Easy run',
      'Harder run (long run or faster running)',
    ]);
    expect(runs('2026-12-16')).toEqual([]); // after the plan's last week
  });

  it('gives four rows of tick boxes from the Monday of the week of printing', () => {
    expect(scheduleSection(program, null, null, '2026-12-09', 'en', []).weeks).toEqual([
      'Week 1 (from Mon 7 Dec)',
      'Week 2 (from Mon 14 Dec)',
      'Week 3 (from Mon 21 Dec)',
      'Week 4 (from Mon 28 Dec)',
    ]);
    expect(scheduleSection(program, null, null, '2026-12-28', 'es', []).weeks).toEqual([
      'Semana 1 (desde el lun 28 dic)',
      'Semana 2 (desde el lun 4 ene)',
      'Semana 3 (desde el lun 11 ene)',
      'Semana 4 (desde el lun 18 ene)',
    ]);
  });

  it('shows only strength days without a cross-training plan, other days empty for "Rest"', () => {
    const days = scheduleSection(program, null, null, '2026-12-09', 'es', []).days;
    expect(days.map((d) => d.day)).toEqual([
      'Lunes',
      'Martes',
      'Miércoles',
      'Jueves',
      'Viernes',
      'Sábado',
      'Domingo',
    ]);
    expect(days.map((d) => d.activities)).toEqual([
      [],
      ['Ejercicios de fuerza'],
      [],
      [],
      ['Ejercicios de fuerza'],
      [],
      [],
    ]);
  });

  it('names a day with only the exercises done every day "Daily exercises", as the schedule grid does', () => {
    const withRoutine = addItem(program, 'glutes_hip', {
      exerciseId: 'clamshell',
      dose: standardDose({ frequency: { kind: 'weekdays', weekdays: [...weekdays] } }),
    });
    const days = scheduleSection(withRoutine, null, null, '2026-12-09', 'en', []).days;
    expect(days.map((d) => d.activities)).toEqual([
      ['Daily exercises'],
      ['Strength exercises'],
      ['Daily exercises'],
      ['Daily exercises'],
      ['Strength exercises'],
      ['Daily exercises'],
      ['Daily exercises'],
    ]);
    const spanish = scheduleSection(withRoutine, swimBikePlan(), null, '2026-12-09', 'es', []);
    expect(spanish.days[0].activities).toContain('Ejercicios diarios');
    expect(spanish.days[1].activities).toContain('Ejercicios de fuerza');
  });

  it('uses the first or last week of the plan when printed before or after it', () => {
    const before = scheduleSection(null, swimBikePlan(), null, '2026-11-02', 'en', []);
    const after = scheduleSection(null, swimBikePlan(), null, '2027-06-07', 'en', []);
    expect(before.days[1].activities).toEqual(['Swimming 30 min']);
    expect(after.days[1].activities).toEqual(['Swimming 45 min']);
  });

  it('prints an activity the therapist named as typed, listed for a Spanish handout', () => {
    const plan = swimBikePlan();
    plan.sessions[0] = { ...plan.sessions[0], modality: 'other', otherModality: 'Pilates' };
    const missing: MissingTranslation[] = [];
    const days = scheduleSection(null, plan, null, '2026-11-30', 'es', missing).days;
    expect(days[1].activities).toEqual(['Pilates 30 min']);
    expect(missing).toEqual([{ where: 'Cross-training activity', text: 'Pilates' }]);
  });
});
