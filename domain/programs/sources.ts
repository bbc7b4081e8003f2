/**
 * Where each strength-program rule comes from, shown beside its flag or suggestion (../shared/CLINICAL-RULES.md §4).
 * Same shape as the running rules' sources in domain/training-load. `practice` marks common clinical practice
 * rather than a trial result; the UI labels those "[practice]".
 */
export interface ProgramRuleSource {
  id: ProgramSourceId;
  /** Short citation, e.g. "Crossley et al. 2016, Br J Sports Med 50:844". */
  citation: string;
  /** What the evidence does and does not show, in one or two plain sentences. */
  note: string;
  practice: boolean;
}

export type ProgramSourceId =
  | 'hip-and-knee'
  | 'runner-pfp-dosing'
  | 'acsm-resistance'
  | 'double-progression'
  | 'complete-prescription'
  | 'it-band-abductors'
  | 'meniscus-flexion'
  | 'pain-monitoring';

export const programSources: Readonly<Record<ProgramSourceId, ProgramRuleSource>> = {
  'hip-and-knee': {
    id: 'hip-and-knee',
    citation: 'Crossley et al. 2016, Br J Sports Med 50:844',
    note: 'Consensus: for patellofemoral pain, hip and knee exercises together are recommended over knee exercises alone.',
    practice: false,
  },
  'runner-pfp-dosing': {
    id: 'runner-pfp-dosing',
    citation: 'Esculier et al. 2018, Br J Sports Med 52:659',
    note: 'Runners with patellofemoral pain: 3–4 exercises 3 times a week in 20 minutes or less, plus one daily exercise.',
    practice: false,
  },
  'acsm-resistance': {
    id: 'acsm-resistance',
    citation: 'ACSM 2009 position stand, Med Sci Sports Exerc 41:687',
    note: 'Novices: 8–12 repetitions, 1–3 sets, 2–3 days a week; 1–2 s up and 1–2 s down; multi-joint before single-joint.',
    practice: false,
  },
  'double-progression': {
    id: 'double-progression',
    citation: 'ACSM 2009 position stand, Med Sci Sports Exerc 41:687',
    note:
      'Double progression: when 1–2 repetitions more than the target are completed on two consecutive sessions, ' +
      'raise the load by 2–10 %.',
    practice: false,
  },
  'complete-prescription': {
    id: 'complete-prescription',
    citation: 'Holden et al. 2018, Br J Sports Med 52:385',
    note:
      'A complete dose names load, repetitions or hold, sets, rest, tempo, frequency, duration and the progression ' +
      'criterion; none of 38 patellofemoral pain trials reported all of them.',
    practice: false,
  },
  'it-band-abductors': {
    id: 'it-band-abductors',
    citation: '[practice] after Fredericson et al. 2000, Clin J Sport Med 10:169',
    note: 'Hip abductor strengthening for IT band syndrome is common practice, drawn from a small case series.',
    practice: true,
  },
  'meniscus-flexion': {
    id: 'meniscus-flexion',
    citation: '[practice] meniscus rehabilitation',
    note:
      'Early on, avoid loaded knee bending past 90° and pivoting. Common practice, not a trial result; the ' +
      "surgeon's instructions override.",
    practice: true,
  },
  'pain-monitoring': {
    id: 'pain-monitoring',
    citation: 'Silbernagel et al. 2007, Am J Sports Med 35:897',
    note:
      'Pain up to 5 of 10 that settles by the next morning is acceptable. From a trial in Achilles tendinopathy; ' +
      'applied to knee pain by extension [practice].',
    practice: true,
  },
};
