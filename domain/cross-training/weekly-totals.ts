import { effortBand } from './intensity';
import type { Modality } from './modalities';
import type { CrossTrainingPlan } from './plan';
import { sessionMinutesInWeek } from './progression';

export interface ModalityTotal {
  modality: Modality;
  minutes: number;
  sessions: number;
}

export interface WeekTotal {
  week: number;
  minutes: number;
  sessions: number;
  byModality: ModalityTotal[];
  /**
   * Moderate minutes plus twice the vigorous ones, the equivalence behind the 150 min a week guideline (ACSM / WHO:
   * 150 min moderate or 75 min vigorous); light minutes do not count. Running is not included.
   */
  moderateEquivalentMinutes: number;
}

/** Weekly cross-training minutes and sessions, per modality in the order first planned. */
export function weeklyTotals(plan: CrossTrainingPlan): WeekTotal[] {
  return Array.from({ length: plan.weeks }, (_, week): WeekTotal => {
    const byModality = new Map<Modality, ModalityTotal>();
    let moderateEquivalentMinutes = 0;
    for (const session of plan.sessions) {
      const perSession = sessionMinutesInWeek(plan, session, week);
      const count = session.weekdays.length;
      const total = byModality.get(session.modality) ?? { modality: session.modality, minutes: 0, sessions: 0 };
      total.minutes += perSession * count;
      total.sessions += count;
      byModality.set(session.modality, total);
      const band = effortBand(session.intensity);
      moderateEquivalentMinutes += band === 'vigorous' ? 2 * perSession * count : band === 'moderate' ? perSession * count : 0;
    }
    const totals = [...byModality.values()];
    return {
      week,
      minutes: totals.reduce((sum, t) => sum + t.minutes, 0),
      sessions: totals.reduce((sum, t) => sum + t.sessions, 0),
      byModality: totals,
      moderateEquivalentMinutes,
    };
  });
}

/** The weekly moderate-activity guideline, in minutes (ACSM / WHO). */
export const weeklyGuidelineMinutes = 150;
