/**
 * Where each running rule comes from, shown beside every flag (../shared/CLINICAL-RULES.md §1–§3). `practice`
 * marks common clinical practice rather than a trial result; the UI labels those "[practice]".
 */
export interface RuleSource {
  id: SourceId;
  /** Short citation, e.g. "Nielsen et al. 2014, J Orthop Sports Phys Ther". */
  citation: string;
  /** What the evidence does and does not show, in one or two plain sentences. */
  note: string;
  practice: boolean;
}

export type SourceId =
  | 'ten-percent-rule'
  | 'two-week-increase'
  | 'cutback-week'
  | 'acute-chronic-ratio'
  | 'pain-monitoring'
  | 'walk-jog-levels'
  | 'soreness-rules';

export const sources: Readonly<Record<SourceId, RuleSource>> = {
  'ten-percent-rule': {
    id: 'ten-percent-rule',
    citation: 'Buist et al. 2008, Am J Sports Med (GRONORUN)',
    note:
      'Conservative default, not proven protection: in 532 novices a 13-week plan built on the 10 % rule had ' +
      '20.8 % injuries against 20.3 % on a standard 8-week plan (P = .90).',
    practice: false,
  },
  'two-week-increase': {
    id: 'two-week-increase',
    citation: 'Nielsen et al. 2014, J Orthop Sports Phys Ther',
    note:
      'In 874 GPS-tracked novices, more than 30 % against less than 10 % progression over two weeks gave a hazard ' +
      'ratio of 1.59 (95 % CI 0.96–2.66) for distance-related injuries such as patellofemoral pain and ITBS.',
    practice: false,
  },
  'cutback-week': {
    id: 'cutback-week',
    citation: '[practice] recovery week',
    note: 'A lighter week every 4th week at 80–85 % of the week before is common practice, not a trial result.',
    practice: true,
  },
  'acute-chronic-ratio': {
    id: 'acute-chronic-ratio',
    citation:
      'Gabbett 2016, Br J Sports Med 50:273; critique: Impellizzeri et al. 2020, J Athl Train 55:893',
    note:
      'Informational only. The 0.8–1.3 "sweet spot" and ≥ 1.5 danger band come from team sports; critics show ' +
      'the ratio cannot tell whether injury risk rises. Shown uncoupled: this week ÷ mean of the 4 weeks before.',
    practice: false,
  },
  'pain-monitoring': {
    id: 'pain-monitoring',
    citation: 'Silbernagel et al. 2007, Am J Sports Med 35:897',
    note:
      'Pain-monitoring model from a trial in Achilles tendinopathy, where running on under it did no harm; ' +
      'applied to knee pain by extension [practice].',
    practice: true,
  },
  'walk-jog-levels': {
    id: 'walk-jog-levels',
    citation: 'University of Delaware running progression, Ann Jt 2018;3:40 (table 4)',
    note:
      'Progress only after a level done in full with no increase in swelling or pain; at most 4 sessions a week, ' +
      'never on consecutive days, no more than 2 levels in 7 days.',
    practice: false,
  },
  'soreness-rules': {
    id: 'soreness-rules',
    citation: '[practice] soreness rules of ACL rehabilitation programs',
    note:
      'Sore in the warm-up: 2 days off and drop a level; sore in the workout: 1 day off and drop a level; sore ' +
      'or swollen after: stay at the level.',
    practice: true,
  },
};
