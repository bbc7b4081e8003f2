import {
  type CrossTrainingPlan,
  type CrossTrainingPlanInput,
  type RunDay,
  crossTrainingPlan,
} from '@domain/cross-training/plan';
import type { TalkTestLevel } from '@domain/cross-training/intensity';
import type { Modality } from '@domain/cross-training/modalities';
import type { Weekday } from '@domain/programs/dose';

/**
 * The plan as the therapist is typing it: numbers may be blank (null) and each intensity keeps the values of all
 * three ways, so switching from RPE to a zone and back loses nothing. `toPlanInput` turns it into what the
 * contract checks; the contract's own messages are shown beside the fields.
 */
export interface SessionDraft {
  id: string;
  modality: Modality;
  otherModality: string | null;
  minutes: number | null;
  intensity: IntensityDraft;
  weekdays: Weekday[];
  notes: string | null;
}

export type IntensityKind = 'rpe' | 'hr_zone' | 'talk_test';

export interface IntensityDraft {
  kind: IntensityKind;
  rpe: number | null;
  zone: number | null;
  level: TalkTestLevel;
}

export type ProgressionDraft =
  | { kind: 'none' }
  | { kind: 'percent'; percentPerWeek: number | null; capMinutes: number | null };

export interface WeekEditDraft {
  week: number;
  sessionId: string;
  minutes: number | null;
}

export interface PlanDraft {
  startWeek: string;
  weeks: number | null;
  progression: ProgressionDraft;
  sessions: SessionDraft[];
  weekEdits: WeekEditDraft[];
  runDays: RunDay[];
}

export function blankPlan(startWeek: string): PlanDraft {
  return {
    startWeek,
    weeks: 6,
    progression: { kind: 'none' },
    sessions: [],
    weekEdits: [],
    runDays: [],
  };
}

/** The first free id `s1`, `s2`, … so ids stay short and readable in the saved plan. */
export function nextSessionId(plan: PlanDraft): string {
  const taken = new Set(plan.sessions.map((s) => s.id));
  let n = 1;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}

export function blankSession(id: string, changes: Partial<SessionDraft> = {}): SessionDraft {
  return {
    id,
    modality: 'swimming',
    otherModality: null,
    minutes: 30,
    intensity: { kind: 'rpe', rpe: 3, zone: 3, level: 'can_talk' },
    weekdays: [],
    notes: null,
    ...changes,
  };
}

export function draftOf(plan: CrossTrainingPlan): PlanDraft {
  return {
    startWeek: plan.startWeek,
    weeks: plan.weeks,
    progression: { ...plan.progression },
    sessions: plan.sessions.map((s) => ({
      id: s.id,
      modality: s.modality,
      otherModality: s.otherModality,
      minutes: s.minutes,
      intensity: {
        kind: s.intensity.kind,
        rpe: s.intensity.kind === 'rpe' ? s.intensity.rpe : 3,
        zone: s.intensity.kind === 'hr_zone' ? s.intensity.zone : 3,
        level: s.intensity.kind === 'talk_test' ? s.intensity.level : 'can_talk',
      },
      weekdays: [...s.weekdays],
      notes: s.notes,
    })),
    weekEdits: plan.weekEdits.map((e) => ({ ...e })),
    runDays: plan.runDays.map((d) => ({ ...d })),
  };
}

function intensityInput(value: IntensityDraft): unknown {
  switch (value.kind) {
    case 'rpe':
      return { kind: 'rpe', rpe: value.rpe };
    case 'hr_zone':
      return { kind: 'hr_zone', zone: value.zone };
    case 'talk_test':
      return { kind: 'talk_test', level: value.level };
  }
}

/** What the form would send; blanks stay null so the contract names them. */
export function toPlanInput(draft: PlanDraft): CrossTrainingPlanInput {
  return {
    ...draft,
    sessions: draft.sessions.map((s) => ({ ...s, intensity: intensityInput(s.intensity) })),
  } as unknown as CrossTrainingPlanInput;
}

export interface PlanCheck {
  /** The plan as the contract reads it, or null while it has errors. */
  plan: CrossTrainingPlan | null;
  /** Contract messages by path: `weeks`, `progression.capMinutes`, `sessions.0.minutes`, `weekEdits.2`. */
  errors: Record<string, string[]>;
}

export function checkPlan(draft: PlanDraft): PlanCheck {
  const result = crossTrainingPlan.safeParse(toPlanInput(draft));
  if (result.success) return { plan: result.data, errors: {} };
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    (errors[key] ??= []).push(issue.message);
  }
  return { plan: null, errors };
}

/** A session's minutes set by hand for one week; null minutes takes the edit away (back to the progression). */
export function withWeekMinutes(
  plan: PlanDraft,
  week: number,
  sessionId: string,
  minutes: number | null,
): PlanDraft {
  const others = plan.weekEdits.filter((e) => !(e.week === week && e.sessionId === sessionId));
  return {
    ...plan,
    weekEdits: minutes === null ? others : [...others, { week, sessionId, minutes }],
  };
}

/** A session changed in place; removing one takes its week edits with it. */
export function withSession(plan: PlanDraft, id: string, changes: Partial<SessionDraft>): PlanDraft {
  return { ...plan, sessions: plan.sessions.map((s) => (s.id === id ? { ...s, ...changes } : s)) };
}

export function withoutSession(plan: PlanDraft, id: string): PlanDraft {
  return {
    ...plan,
    sessions: plan.sessions.filter((s) => s.id !== id),
    weekEdits: plan.weekEdits.filter((e) => e.sessionId !== id),
  };
}
