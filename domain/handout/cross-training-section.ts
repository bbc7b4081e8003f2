import { effortBand } from '../cross-training/intensity';
import type { CrossTrainingPlan } from '../cross-training/plan';
import { plannedWeeks } from '../cross-training/progression';
import { addWeeks } from '../training-load/calendar-weeks';
import { activityName } from './activity-name';
import type { HandoutDocument, MissingTranslation } from './handout-document';
import { dayMonth, weekdayList } from './handout-locale';
import type { HandoutLanguage } from './handout-options';
import { handoutWords } from './handout-words';

/**
 * The cross-training plan: each session (activity, minutes and how they rise, effort, days, the therapist's notes),
 * then every week of the plan with each session's minutes that week.
 */
export function crossTrainingSection(
  plan: CrossTrainingPlan,
  language: HandoutLanguage,
  missing: MissingTranslation[],
): NonNullable<HandoutDocument['crossTraining']> {
  const say = handoutWords(language).crossTraining;
  const weeks = plannedWeeks(plan);
  const names = new Map(plan.sessions.map((s) => [s.id, activityName(s, language, missing)]));
  const sessions = plan.sessions.map((session) => {
    const name = names.get(session.id) ?? '';
    const most = Math.max(
      ...weeks.map((w) => w.find((s) => s.sessionId === session.id)?.minutes ?? 0),
    );
    const minutes = say.minutes(session.minutes);
    const effort = say.effort(session.intensity);
    if (session.notes !== null && language !== 'en') {
      missing.push({ where: `Notes on ${name}`, text: session.notes });
    }
    return {
      activity: name,
      minutes: most > session.minutes ? say.rising(minutes, say.minutes(most)) : minutes,
      effort:
        session.intensity.kind === 'talk_test'
          ? effort
          : `${effort} (${say.effortBands[effortBand(session.intensity)]})`,
      days: weekdayList(session.weekdays, language),
      notes: session.notes,
    };
  });
  return {
    heading: say.heading,
    intro: say.intro,
    sessions,
    weeks: weeks.map((week, i) => ({
      weekOf: say.weekOf(dayMonth(addWeeks(plan.startWeek, i), language)),
      minutes: week
        .map((s) => say.activity(names.get(s.sessionId) ?? '', say.minutes(s.minutes)))
        .join(', '),
    })),
  };
}
