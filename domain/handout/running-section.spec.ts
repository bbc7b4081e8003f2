import type { RunningPlanDto } from '../contracts/running';
import { runningSection } from './running-section';
import { sampleMileagePlan } from './sample-handout';

describe('runningSection', () => {
  const runDays = [
    { weekday: 'sun', kind: 'hard' },
    { weekday: 'tue', kind: 'easy' },
    { weekday: 'thu', kind: 'easy' },
  ] as const;

  it('lists the mileage plan from the week of printing on, lighter weeks marked', () => {
    const section = runningSection(sampleMileagePlan(), runDays, '2026-12-16', 'en');
    expect(section.columns).toEqual({
      weekOf: 'Week of',
      distance: 'Planned distance',
      runDays: 'Run days',
    });
    expect(section.rows.slice(0, 3)).toEqual([
      { weekOf: '14 Dec', distance: '12.1 mi', runDays: 'Tue, Thu, Sun (harder)' },
      { weekOf: '21 Dec', distance: '10.2 mi (lighter week)', runDays: 'Tue, Thu, Sun (harder)' },
      { weekOf: '28 Dec', distance: '13.3 mi', runDays: 'Tue, Thu, Sun (harder)' },
    ]);
    expect(section.rows.length).toBe(9);
  });

  it('writes the table in Spanish with a decimal comma', () => {
    const section = runningSection(sampleMileagePlan(), runDays, '2026-12-16', 'es');
    expect(section.rows[1]).toEqual({
      weekOf: '21 dic',
      distance: '10,2 mi (semana más ligera)',
      runDays: 'mar, jue, dom (más exigente)',
    });
  });

  it('keeps every week when the whole plan is past, and says to ask without run days', () => {
    const section = runningSection(sampleMileagePlan(), [], '2027-06-07', 'en');
    expect(section.rows.length).toBe(11);
    expect(section.rows[0]).toEqual({
      weekOf: '30 Nov',
      distance: '10 mi',
      runDays: 'Ask your therapist',
    });
  });

  it('marks the race week', () => {
    const plan = sampleMileagePlan();
    plan.weeks[2] = { ...plan.weeks[2], kind: 'race' };
    expect(runningSection(plan, [], '2026-11-30', 'en').rows[2].distance).toBe(
      '12.1 mi (race week)',
    );
  });

  it('lists the walk–jog levels from the starting level', () => {
    const plan: RunningPlanDto = {
      id: '0d8e6d0c-3f3b-4f43-9f0a-5a0f4d1a2b3c',
      version: 1,
      updatedAt: '2026-11-30T09:00:00.000Z',
      kind: 'walk-jog',
      startDate: '2026-11-30',
      startLevel: 4,
    };
    const en = runningSection(plan, [], '2026-12-02', 'en');
    expect(en.columns).toEqual({ weekOf: 'Level', distance: 'Session', runDays: 'Run days' });
    expect(en.rows.map((r) => [r.weekOf, r.distance])).toEqual([
      ['Level 4', 'Walk 0.1 mi, jog 0.4 mi; repeat to 2 mi'],
      ['Level 5', 'Jog 2 mi'],
      ['Level 6', 'Jog 2.5 mi'],
      ['Level 7', 'Jog 3 mi'],
      ['Level 8', 'Alternate running and jogging every 0.25 mi'],
    ]);
    const es = runningSection(plan, [], '2026-12-02', 'es');
    expect(es.rows[0]).toEqual({
      weekOf: 'Nivel 4',
      distance: 'Camine 0,1 mi, trote 0,4 mi; repita hasta 2 mi',
      runDays: 'Hasta 4 días a la semana, nunca dos días seguidos',
    });
  });

  it('gives the pain traffic lights in plain words with their source, from the clinic’s thresholds', () => {
    const section = runningSection(sampleMileagePlan(), [], '2026-12-02', 'en', {
      greenMax: 3,
      amberMax: 6,
    });
    expect(section.painRules.map((r) => [r.light, r.label])).toEqual([
      ['green', 'Green: go'],
      ['amber', 'Amber: hold'],
      ['red', 'Red: step back'],
    ]);
    expect(section.painRules[0].text).toBe('Pain 0 to 3: safe. Carry on with the plan.');
    expect(section.painRules[1].text).toContain(
      'Pain 4 to 6: acceptable if it has settled by the next morning',
    );
    expect(section.painRules[2].text).toContain('Pain above 6, pain still there the next morning');
    expect(section.painSource).toBe(
      'Pain-monitoring model (Silbernagel et al. 2007, Am J Sports Med 35:897), from a study of the Achilles ' +
        'tendon; used for knee pain in clinical practice.',
    );
    const es = runningSection(sampleMileagePlan(), [], '2026-12-02', 'es');
    expect(es.painRules[0]).toEqual({
      light: 'green',
      label: 'Verde: adelante',
      text: 'Dolor de 0 a 2: sin riesgo. Siga con el plan.',
    });
  });
});
