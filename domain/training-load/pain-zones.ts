/**
 * Pain monitoring on the 0–10 numeric rating scale (CLINICAL-RULES §2; Silbernagel et al. 2007, applied to knee
 * pain by extension [practice]). The limits are clinic settings with these defaults.
 */
export type PainZone = 'green' | 'amber' | 'red';

export interface PainRuleSettings {
  /** Highest pain that is safe (green); next-morning pain at or below it has settled. */
  greenMax: number;
  /** Highest pain that is acceptable (amber) when it settles by the next morning and does not worsen. */
  amberMax: number;
}

export const defaultPainRules: PainRuleSettings = { greenMax: 2, amberMax: 5 };

export function painZone(nprs: number, rules: PainRuleSettings = defaultPainRules): PainZone {
  if (nprs <= rules.greenMax) return 'green';
  return nprs <= rules.amberMax ? 'amber' : 'red';
}

/** What each zone suggests, as the table in CLINICAL-RULES §2 words it. */
export const painZoneAdvice: Readonly<Record<PainZone, string>> = {
  green: 'Progress as planned.',
  amber: 'Hold the current level.',
  red: 'Reduce or step back one level.',
};
