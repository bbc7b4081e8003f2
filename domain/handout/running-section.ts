import type { RunningPlanDto } from '../contracts/running';
import type { RunDay } from '../cross-training/plan';
import { weekdays } from '../programs/dose';
import { type IsoDate, mondayOf } from '../training-load/calendar-weeks';
import { fromMetres } from '../training-load/distance';
import { defaultPainRules, type PainRuleSettings } from '../training-load/pain-zones';
import { sources } from '../training-load/sources';
import { walkJogLevels } from '../training-load/walk-jog-levels';
import type { HandoutDocument } from './handout-document';
import { dayMonth, decimal, weekdayShort } from './handout-locale';
import type { HandoutLanguage } from './handout-options';
import { handoutWords } from './handout-words';

/**
 * The running plan as a table, with the pain traffic lights and their source. A mileage plan lists its weeks from
 * the week of printing on (past weeks are no use to the patient), marking lighter and race weeks; a walk–jog plan
 * lists its levels from the one the patient starts at. Run days come from the cross-training plan's weekly schedule.
 */
export function runningSection(
  plan: RunningPlanDto,
  runDays: readonly RunDay[],
  printedOn: IsoDate,
  language: HandoutLanguage,
  painRules: PainRuleSettings = defaultPainRules,
): NonNullable<HandoutDocument['running']> {
  const say = handoutWords(language).running;
  const pain = {
    painHeading: say.painHeading,
    painRules: say.painRules(painRules),
    painSource: say.painSource(sources['pain-monitoring'].citation),
  };
  if (plan.kind === 'walk-jog') {
    return {
      heading: say.heading,
      intro: say.walkJogIntro,
      columns: say.walkJogColumns,
      rows: walkJogLevels
        .filter((l) => l.level >= plan.startLevel)
        .map((l) => ({
          weekOf: say.level(l.level),
          distance: say.walkJogSession(l),
          runDays: say.walkJogRunDays,
        })),
      ...pain,
    };
  }
  const unit = plan.settings.unit;
  const days = runDayText(runDays, language) ?? say.noRunDays;
  const thisWeek = mondayOf(printedOn);
  const ahead = plan.weeks.filter((w) => w.weekStart >= thisWeek);
  return {
    heading: say.heading,
    intro: say.mileageIntro,
    columns: say.columns,
    rows: (ahead.length ? ahead : plan.weeks).map((week) => {
      const distance = `${decimal(fromMetres(week.plannedMetres, unit), language)} ${unit}`;
      const note =
        week.kind === 'cutback' ? say.lighterWeek : week.kind === 'race' ? say.raceWeek : null;
      return {
        weekOf: dayMonth(week.weekStart, language),
        distance: note ? `${distance} (${note})` : distance,
        runDays: days,
      };
    }),
    ...pain,
  };
}

/** "Mon, Wed, Sun (harder)", Monday first; null without run days. */
function runDayText(runDays: readonly RunDay[], language: HandoutLanguage): string | null {
  const say = handoutWords(language).running;
  const text = weekdays.flatMap((weekday) => {
    const day = runDays.find((d) => d.weekday === weekday);
    if (!day) return [];
    const name = weekdayShort[language][weekday];
    return [day.kind === 'hard' ? `${name} (${say.hardRun})` : name];
  });
  return text.length ? text.join(', ') : null;
}
