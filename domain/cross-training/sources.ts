/** Where the cross-training rules come from (../shared/CLINICAL-RULES.md §5); `practice` is shown as "[practice]". */
export interface CrossTrainingSource {
  citation: string;
  note: string;
  practice: boolean;
}

export const crossTrainingSources = {
  replaceRun: {
    citation: '[practice] replace run time at a similar effort',
    note: 'Common clinical practice to keep running fitness while mileage is reduced, not a trial result.',
    practice: true,
  },
  weeklyGuideline: {
    citation: 'ACSM / WHO physical activity guidelines',
    note: 'At least 150 min of moderate aerobic activity a week, or 75 min vigorous, or an equivalent mix.',
    practice: false,
  },
  scheduleHints: {
    citation: '[practice] weekly schedule hints',
    note: 'A rest day, no hard run on a heavy strength day and at most 6 training days are common practice, not trial results. Light exercises done every day (the daily routine) neither take the rest day nor count as training.',
    practice: true,
  },
  effortScale: {
    citation: 'Borg CR10 scale',
    note: "Effort from 0 (nothing at all) to 10 (extremely strong); the talk test and heart-rate zones say the same in other words.",
    practice: false,
  },
} as const satisfies Record<string, CrossTrainingSource>;
