import type { RunningPlanDto } from '@domain/contracts/running';
import { formatDistance } from '@domain/training-load/distance';
import { formatPercent } from '@domain/training-load/percent-change';
import { formatClinicDate } from '../ui/clinic-date-pipe';

/** A plan in one sentence: "Mileage plan: 11 weeks from the week of Oct 5, 2026, 10.0 mi to a peak of 20.0 mi." */
export function describePlan(plan: RunningPlanDto, locale = 'en-US'): string {
  if (plan.kind === 'walk-jog') {
    const first = formatClinicDate(plan.startDate, 'date', locale);
    return `Return to running on the walk–jog levels from level ${plan.startLevel}, first session ${first}.`;
  }
  const { weeks, settings } = plan;
  if (!weeks.length) return 'Mileage plan with no weeks.';
  const unit = settings.unit;
  const peak = Math.max(...weeks.map((week) => week.plannedMetres));
  const from = formatClinicDate(weeks[0].weekStart, 'date', locale);
  return (
    `Mileage plan: ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from the week of ${from}, ` +
    `${formatDistance(weeks[0].plannedMetres, unit)} to a peak of ${formatDistance(peak, unit)}.`
  );
}

/** The settings a mileage plan was made with, as the therapist chose them. */
export function describeSettings(plan: Extract<RunningPlanDto, { kind: 'mileage' }>, locale = 'en-US'): string {
  const s = plan.settings;
  const cutback =
    s.cutbackEvery === null
      ? 'no cutback weeks'
      : `a cutback every ${s.cutbackEvery} weeks at ${formatPercent(s.cutbackPercent)} of the week before`;
  const race = s.raceDate ? `, race on ${formatClinicDate(s.raceDate, 'date', locale)}` : '';
  return (
    `From ${formatDistance(s.baselineMetres, s.unit)} towards ${formatDistance(s.targetMetres, s.unit)} a week, ` +
    `at most ${formatPercent(s.maxWeeklyIncreasePercent)} more a week, ${cutback}${race}.`
  );
}
