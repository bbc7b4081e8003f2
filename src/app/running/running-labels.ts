import type { FlagRule, FlagSeverity } from '@domain/training-load/flags';
import type { PlannedWeekKind } from '@domain/training-load/plan-generator';
import type { WalkJogSoreness } from '@domain/training-load/walk-jog-levels';

// The domain names rules, kinds and zones; these are the SPA's words for them.
export const weekKindLabels: Readonly<Record<PlannedWeekKind, string>> = {
  build: 'Build',
  cutback: 'Cutback',
  hold: 'Hold',
  race: 'Race week',
};

/** Colour never carries a severity alone: each has a word and an icon too. */
export const severityLabels: Readonly<Record<FlagSeverity, string>> = {
  red: 'Red',
  amber: 'Amber',
  info: 'Informational',
};

export const severityIcons: Readonly<Record<FlagSeverity, string>> = {
  red: 'error',
  amber: 'warning',
  info: 'info',
};

export const flagRuleLabels: Readonly<Record<FlagRule, string>> = {
  'weekly-increase': 'Weekly increase',
  'two-week-increase': 'Increase over two weeks',
  'acute-chronic-ratio': 'Acute:chronic ratio',
  'pain-during': 'Pain during running',
  'next-morning-pain': 'Next-morning pain',
  'pain-worse': 'Pain getting worse',
  'plan-increase': 'Planned increase',
  'plan-cutback-missing': 'No cutback week',
};

export const sorenessLabels: Readonly<Record<WalkJogSoreness, string>> = {
  none: 'Not sore',
  'warm-up': 'Sore during the warm-up',
  workout: 'Sore during the workout',
  after: 'Sore after the session',
};
