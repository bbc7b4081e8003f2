import { swimBikePlan } from '../cross-training/sample-plan';
import { crossTrainingSection } from './cross-training-section';
import type { MissingTranslation } from './handout-document';

describe('crossTrainingSection', () => {
  it('words each session: activity, minutes and how far they rise, effort, days', () => {
    const section = crossTrainingSection(swimBikePlan(), 'en', []);
    expect(section.sessions).toEqual([
      {
        activity: 'Swimming',
        minutes: '30 min, rising to 45 min',
        effort: 'Effort 4 out of 10 (moderate)',
        days: 'Tue',
        notes: null,
      },
      {
        activity: 'Stationary cycling',
        minutes: '20 min, rising to 32 min',
        effort: 'Heart-rate zone 4 of 5 (hard)',
        days: 'Thu, Sat',
        notes: null,
      },
    ]);
  });

  it('lists every week of the plan with each session’s minutes', () => {
    const weeks = crossTrainingSection(swimBikePlan(), 'es', []).weeks;
    expect(weeks.length).toBe(6);
    expect(weeks[1]).toEqual({
      weekOf: 'Semana del 7 dic',
      minutes: 'Natación 33 min, Bicicleta estática 22 min',
    });
  });

  it('keeps minutes that do not progress as they are, and words the talk test', () => {
    const plan = swimBikePlan({ progression: { kind: 'none' } });
    plan.sessions[0] = { ...plan.sessions[0], intensity: { kind: 'talk_test', level: 'can_talk' } };
    const [swim] = crossTrainingSection(plan, 'es', []).sessions;
    expect(swim.minutes).toBe('30 min');
    expect(swim.effort).toBe('Puede hablar con frases completas, pero no cantar');
  });

  it('lists the therapist’s notes when the handout is not in English', () => {
    const plan = swimBikePlan();
    plan.sessions[1] = { ...plan.sessions[1], notes: 'Low resistance' };
    const missing: MissingTranslation[] = [];
    expect(crossTrainingSection(plan, 'es', missing).sessions[1].notes).toBe('Low resistance');
    expect(missing).toEqual([{ where: 'Notes on Bicicleta estática', text: 'Low resistance' }]);
  });
});
