import { strengthDays } from '../cross-training/strength-days';
import { type PlannedRunning, weekSchedule } from '../cross-training/week-schedule';
import type { CrossTrainingPlan } from '../cross-training/plan';
import { weekdays } from '../programs/dose';
import type { Program } from '../programs/program';
import { addWeeks, type IsoDate, mondayOf, weeksBetween } from '../training-load/calendar-weeks';
import { activityName } from './activity-name';
import type { HandoutDocument, MissingTranslation } from './handout-document';
import { capitalised, weekdayDayMonth, weekdayLong } from './handout-locale';
import type { HandoutLanguage } from './handout-options';
import { handoutWords } from './handout-words';

/** Four weeks of tick boxes: enough to last until a typical review visit. */
export const tickBoxWeeks = 4;

/**
 * The typical week, day by day: run days and cross-training sessions from the cross-training plan, strength days
 * from the program, each session's minutes as they stand in the week of printing. The run days are left off when
 * the mileage plan has no running that week, as on the weekly schedule grid. Then one row of tick boxes per week,
 * starting with the week of printing.
 */
export function scheduleSection(
  program: Program | null,
  crossTraining: CrossTrainingPlan | null,
  running: PlannedRunning,
  printedOn: IsoDate,
  language: HandoutLanguage,
  missing: MissingTranslation[],
): NonNullable<HandoutDocument['schedule']> {
  const words = handoutWords(language);
  const say = words.schedule;
  const strength = program ? strengthDays(program.sections) : [];
  const firstMonday = mondayOf(printedOn);
  const days = weekdays.map((weekday) => {
    const activities: string[] = [];
    if (crossTraining) {
      const week = Math.min(
        Math.max(weeksBetween(crossTraining.startWeek, firstMonday), 0),
        crossTraining.weeks - 1,
      );
      const day = weekSchedule(crossTraining, strength, week, running).days.find(
        (d) => d.weekday === weekday,
      );
      for (const item of day?.items ?? []) {
        if (item.kind === 'run') activities.push(item.run === 'hard' ? say.hardRun : say.easyRun);
        else if (item.kind === 'strength')
          activities.push(item.routineOnly ? say.dailyExercises : say.strength);
        else {
          const session = crossTraining.sessions.find((s) => s.id === item.sessionId);
          if (session) {
            const name = activityName(session, language, missing);
            activities.push(
              words.crossTraining.activity(name, words.crossTraining.minutes(item.minutes)),
            );
          }
        }
      }
    } else {
      const day = strength.find((d) => d.weekday === weekday);
      if (day) activities.push(day.routineOnly ? say.dailyExercises : say.strength);
    }
    return { day: capitalised(weekdayLong[language][weekday]), activities };
  });
  const weeks = Array.from({ length: tickBoxWeeks }, (_, i) =>
    say.week(i + 1, weekdayDayMonth(addWeeks(firstMonday, i), language)),
  );
  return { heading: say.heading, intro: say.intro, days, weeks, restDay: say.restDay };
}
