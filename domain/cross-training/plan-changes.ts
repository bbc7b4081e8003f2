import { sameJsonValue } from '../json-value';
import { type Intensity, cr10Description, talkTestLabels } from './intensity';
import { modalityName } from './modalities';
import type { CrossTrainingPlan, CrossTrainingSession } from './plan';

const dayNames = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

export function intensityText(value: Intensity): string {
  switch (value.kind) {
    case 'rpe':
      return `effort ${cr10Description(value.rpe)}`;
    case 'hr_zone':
      return `heart-rate zone ${value.zone}`;
    case 'talk_test':
      return `talk test: ${talkTestLabels[value.level].toLowerCase()}`;
  }
}

function sessionName(session: CrossTrainingSession): string {
  return modalityName(session.modality, session.otherModality);
}

function days(session: CrossTrainingSession): string {
  return session.weekdays.map((d) => dayNames[d]).join(', ');
}

/** What changed in one session kept from one version to the next, as short phrases. */
function sessionChanges(before: CrossTrainingSession, after: CrossTrainingSession): string[] {
  const changes: string[] = [];
  if (sessionName(before) !== sessionName(after)) changes.push(`activity ${sessionName(before)} → ${sessionName(after)}`);
  if (before.minutes !== after.minutes) changes.push(`${before.minutes} → ${after.minutes} min`);
  if (intensityText(before.intensity) !== intensityText(after.intensity)) {
    changes.push(`${intensityText(before.intensity)} → ${intensityText(after.intensity)}`);
  }
  if (days(before) !== days(after)) changes.push(`days ${days(before)} → ${days(after)}`);
  if ((before.notes ?? '') !== (after.notes ?? '')) changes.push('notes');
  return changes;
}

export interface PlanComparison {
  added: CrossTrainingSession[];
  removed: CrossTrainingSession[];
  changed: { session: CrossTrainingSession; changes: string[] }[];
  /** Weeks, start, progression, week edits and run days. */
  planChanges: string[];
}

/** Two versions side by side: sessions added, removed and changed (matched by id), and the plan's own settings. */
export function comparePlans(before: CrossTrainingPlan | null, after: CrossTrainingPlan): PlanComparison {
  const old = new Map((before?.sessions ?? []).map((s) => [s.id, s]));
  const now = new Map(after.sessions.map((s) => [s.id, s]));
  const planChanges: string[] = [];
  if (before) {
    if (before.startWeek !== after.startWeek) planChanges.push(`start ${before.startWeek} → ${after.startWeek}`);
    if (before.weeks !== after.weeks) planChanges.push(`${before.weeks} → ${after.weeks} weeks`);
    if (!sameJsonValue(before.progression, after.progression)) planChanges.push('progression');
    if (!sameJsonValue(before.weekEdits, after.weekEdits)) planChanges.push('minutes set by week');
    if (!sameJsonValue(before.runDays, after.runDays)) planChanges.push('run days');
  }
  return {
    added: after.sessions.filter((s) => !old.has(s.id)),
    removed: (before?.sessions ?? []).filter((s) => !now.has(s.id)),
    changed: after.sessions
      .filter((s) => old.has(s.id))
      .map((session) => ({ session, changes: sessionChanges(old.get(session.id)!, session) }))
      .filter((c) => c.changes.length > 0),
    planChanges,
  };
}

/** One sentence for the version history: "Added Swimming; changed Elliptical (20 → 25 min)". */
export function planChangeSummary(before: CrossTrainingPlan | null, after: CrossTrainingPlan): string {
  if (!before) {
    const count = after.sessions.length;
    return `Plan made: ${count} session${count === 1 ? '' : 's'} over ${after.weeks} week${after.weeks === 1 ? '' : 's'}.`;
  }
  const { added, removed, changed, planChanges } = comparePlans(before, after);
  const parts = [
    ...added.map((s) => `added ${sessionName(s)}`),
    ...removed.map((s) => `removed ${sessionName(s)}`),
    ...changed.map((c) => `changed ${sessionName(c.session)} (${c.changes.join('; ')})`),
    ...(planChanges.length ? [`changed the plan's ${planChanges.join(', ')}`] : []),
  ];
  if (!parts.length) return 'Saved without changes.';
  const sentence = parts.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
