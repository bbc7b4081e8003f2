import { fieldErrors } from '@domain/contracts/api-error';
import type { DistanceUnit } from '@domain/contracts/patients';
import {
  type RunningPlanDto,
  type SaveRunningPlanRequest,
  saveRunningPlanRequest,
} from '@domain/contracts/running';
import { addWeeks } from '@domain/training-load/calendar-weeks';
import { fromMetres, toMetres } from '@domain/training-load/distance';
import { type Flag, sortFlags } from '@domain/training-load/flags';
import {
  type AcuteChronicPoint,
  acuteChronicRatios,
  runningLoadFlags,
} from '@domain/training-load/load-checks';
import type {
  PlannedWeek,
  PlannedWeekKind,
  RunningPlan,
} from '@domain/training-load/plan-generator';
import { planRuleFlags } from '@domain/training-load/plan-rules';
import { type WeeklyRunTotal, weeklyTotals } from '@domain/training-load/run-log';
import {
  type Suggestion,
  applySuggestion,
  suggestionsFor,
} from '@domain/training-load/suggestions';
import {
  type WalkJogAdvice,
  type WalkJogSession,
  nextWalkJogSession,
} from '@domain/training-load/walk-jog-levels';
import { createSelector } from '@ngrx/store';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { type PlanDraftWeek, draftOf, runningFeature } from './running.feature';
import type { RunningDraft } from './running-draft';

type MileagePlanDto = Extract<RunningPlanDto, { kind: 'mileage' }>;

/** The patient the page shows: the running tab lives on the patient page. */
export const selectRunningPatient = selectSelectedPatient;

/** A discharged record is closed for editing: the plan and the log are read-only until reactivation. */
export const selectRunningReadOnly = createSelector(
  selectRunningPatient,
  (patient) => patient?.status === 'discharged',
);

/** A mileage plan is planned in its own unit; otherwise the patient's unit. */
export const selectRunningUnit = createSelector(
  runningFeature.selectPlan,
  selectRunningPatient,
  (plan, patient): DistanceUnit =>
    plan?.kind === 'mileage' ? plan.settings.unit : (patient?.distanceUnit ?? 'mi'),
);

export type RunningLoad = 'loading' | 'failed' | 'ready';

/** The tab shows its content once both the plan and the run log are in. */
export const selectRunningLoad = createSelector(
  runningFeature.selectPlanStatus,
  runningFeature.selectRunsStatus,
  (plan, runs): RunningLoad => {
    if (plan === 'failed' || runs === 'failed') return 'failed';
    return plan === 'loaded' && runs === 'loaded' ? 'ready' : 'loading';
  },
);

export const selectLoadError = createSelector(
  runningFeature.selectPlanError,
  runningFeature.selectRunsError,
  (planError, runsError) => planError ?? runsError,
);

/** The saved mileage plan as the domain reads it; null for none or a walk–jog plan. */
export const selectMileagePlan = createSelector(
  runningFeature.selectPlan,
  (plan): RunningPlan | null =>
    plan?.kind === 'mileage' ? { settings: plan.settings, weeks: plan.weeks } : null,
);

/** One total per Monday week from the first run to the week holding today. */
export const selectWeeklyTotals = createSelector(
  runningFeature.selectRuns,
  runningFeature.selectToday,
  (runs, today): WeeklyRunTotal[] => weeklyTotals(runs, today || undefined),
);

export const selectLoadFlags = createSelector(
  selectWeeklyTotals,
  selectMileagePlan,
  selectRunningUnit,
  (totals, plan, unit): Flag[] => runningLoadFlags(totals, unit, plan),
);

/** Weeks of the saved plan that break its own rules (after hand edits). */
export const selectPlanRuleFlags = createSelector(selectMileagePlan, (plan): Flag[] =>
  plan ? planRuleFlags(plan.weeks, plan.settings) : [],
);

export const selectFlags = createSelector(
  selectLoadFlags,
  selectPlanRuleFlags,
  (load, plan): Flag[] => sortFlags([...load, ...plan]),
);

export const selectRatios = createSelector(selectWeeklyTotals, (totals): AcuteChronicPoint[] =>
  acuteChronicRatios(totals),
);

export interface FlagItem {
  flag: Flag;
  suggestions: Suggestion[];
}

/** Every flag, the latest week first, each with what the therapist can do about it. */
export const selectFlagItems = createSelector(
  selectFlags,
  selectMileagePlan,
  selectWeeklyTotals,
  runningFeature.selectToday,
  (flags, plan, totals, today): FlagItem[] =>
    // `flags` come red before amber before info within a week; the stable sort keeps that order.
    [...flags]
      .sort((a, b) => b.week.localeCompare(a.week))
      .map((flag) => ({
        flag,
        suggestions: plan ? suggestionsFor(flag, { plan, totals, flags, today }) : [],
      })),
);

export interface WeekChange {
  weekStart: string;
  before: PlannedWeek | null;
  after: PlannedWeek | null;
}

export interface SuggestionPreview {
  flag: Flag;
  suggestion: Suggestion;
  /** Only the weeks that change: every one after the current week. */
  changes: WeekChange[];
  request: SaveRunningPlanRequest;
}

/** The suggestion the therapist is looking at, with the weeks it would change and the save it would send. */
export const selectSuggestionPreview = createSelector(
  runningFeature.selectPreviewSuggestionId,
  selectFlagItems,
  runningFeature.selectPlan,
  runningFeature.selectToday,
  (id, items, plan, today): SuggestionPreview | null => {
    if (!id || plan?.kind !== 'mileage') return null;
    const item = items.find((candidate) => candidate.suggestions.some((s) => s.id === id));
    const suggestion = item?.suggestions.find((s) => s.id === id);
    if (!item || !suggestion) return null;
    const weeks = applySuggestion(
      { settings: plan.settings, weeks: plan.weeks },
      suggestion,
      today,
    );
    return {
      flag: item.flag,
      suggestion,
      changes: weekChanges(plan.weeks, weeks),
      request: saveRequest(plan, weeks),
    };
  },
);

/** The PUT body for a mileage plan's weeks, in the plan's unit. */
export function saveRequest(
  plan: MileagePlanDto,
  weeks: readonly PlannedWeek[],
): SaveRunningPlanRequest {
  const unit = plan.settings.unit;
  return {
    version: plan.version,
    distanceUnit: unit,
    weeks: weeks.map((week) => ({
      weekStart: week.weekStart,
      distance: fromMetres(week.plannedMetres, unit),
      kind: week.kind,
    })),
  };
}

export function weekChanges(
  before: readonly PlannedWeek[],
  after: readonly PlannedWeek[],
): WeekChange[] {
  const starts = [...new Set([...before, ...after].map((week) => week.weekStart))].sort();
  return starts
    .map((weekStart) => ({
      weekStart,
      before: before.find((week) => week.weekStart === weekStart) ?? null,
      after: after.find((week) => week.weekStart === weekStart) ?? null,
    }))
    .filter(
      ({ before: b, after: a }) =>
        !b || !a || b.plannedMetres !== a.plannedMetres || b.kind !== a.kind,
    );
}

/** One week of the chart and its table: what was planned, what was run, and what was flagged. */
export interface LoadWeek {
  weekStart: string;
  plannedMetres: number | null;
  kind: PlannedWeekKind | null;
  /** Null for a week outside the run log (before the first run, after today). */
  actualMetres: number | null;
  runs: number;
  maxPainDuring: number | null;
  maxPainNextMorning: number | null;
  ratio: number | null;
  /** Why there is no ratio this week; null when there is one or the week is outside the log. */
  ratioReason: string | null;
  flags: Flag[];
}

export const selectLoadWeeks = createSelector(
  selectMileagePlan,
  selectWeeklyTotals,
  selectRatios,
  selectFlags,
  (plan, totals, ratios, flags): LoadWeek[] => {
    const planned = new Map((plan?.weeks ?? []).map((week) => [week.weekStart, week]));
    const actual = new Map(totals.map((total) => [total.weekStart, total]));
    const ratioOf = new Map(ratios.map((point) => [point.weekStart, point]));
    const starts = [...new Set([...planned.keys(), ...actual.keys()])].sort();
    return starts.map((weekStart) => {
      const week = planned.get(weekStart);
      const total = actual.get(weekStart);
      const ratio = ratioOf.get(weekStart);
      return {
        weekStart,
        plannedMetres: week?.plannedMetres ?? null,
        kind: week?.kind ?? null,
        actualMetres: total?.metres ?? null,
        runs: total?.runs ?? 0,
        maxPainDuring: total?.maxPainDuring ?? null,
        maxPainNextMorning: total?.maxPainNextMorning ?? null,
        ratio: ratio?.ratio ?? null,
        ratioReason: ratio?.reason ?? null,
        flags: flags.filter((flag) => flag.week === weekStart),
      };
    });
  },
);

/** The ratio of the latest week in the log, or why there is none. */
export const selectCurrentRatio = createSelector(
  selectRatios,
  (ratios): AcuteChronicPoint | null => ratios[ratios.length - 1] ?? null,
);

export interface PlanEditorRow {
  weekStart: string;
  distance: number | null;
  kind: PlannedWeekKind;
  actualMetres: number | null;
  /** The contract's messages for this week, then the server's from the last rejected save. */
  errors: string[];
  /** Rules of the plan this week breaks, as edited. */
  flags: Flag[];
  changed: boolean;
}

export interface PlanEditor {
  unit: DistanceUnit;
  rows: PlanEditorRow[];
  dirty: boolean;
  canUndo: boolean;
  /** The save to send: null while a week needs fixing. */
  request: SaveRunningPlanRequest | null;
  /** Messages for the whole plan rather than one week. */
  planErrors: string[];
}

/** The week table: the saved plan, or the therapist's edits with the weeks that break the plan's rules. */
export const selectPlanEditor = createSelector(
  runningFeature.selectPlan,
  runningFeature.selectDraft,
  runningFeature.selectDraftVersion,
  runningFeature.selectUndo,
  runningFeature.selectPlanSave,
  selectWeeklyTotals,
  (plan, draft, draftVersion, undo, save, totals): PlanEditor | null => {
    if (plan?.kind !== 'mileage') return null;
    const { settings } = plan;
    const weeks: PlanDraftWeek[] = draft ?? draftOf(plan);
    const parsed = saveRunningPlanRequest.safeParse({
      version: draftVersion ?? plan.version,
      distanceUnit: settings.unit,
      weeks,
    });
    const contract = parsed.success ? {} : fieldErrors(parsed.error.issues);
    const server =
      save.status === 'failed' && save.origin === 'edit' ? (save.error?.fields ?? {}) : {};
    const flags = parsed.success
      ? planRuleFlags(
          parsed.data.weeks.map((week) => ({
            weekStart: week.weekStart,
            plannedMetres: toMetres(week.distance, settings.unit),
            kind: week.kind,
          })),
          settings,
        )
      : [];
    const saved = new Map(draftOf(plan).map((week) => [week.weekStart, week]));
    const actual = new Map(totals.map((total) => [total.weekStart, total.metres]));
    const rows = weeks.map((week, i): PlanEditorRow => {
      const before = saved.get(week.weekStart);
      return {
        ...week,
        actualMetres: actual.get(week.weekStart) ?? null,
        errors: [...new Set([...messagesFor(contract, i), ...messagesFor(server, i)])],
        flags: flags.filter((flag) => flag.week === week.weekStart),
        changed: !before || before.distance !== week.distance || before.kind !== week.kind,
      };
    });
    const planErrors = [
      ...(contract['weeks'] ?? []),
      ...(contract['_form'] ?? []),
      ...(server['weeks'] ?? []),
    ];
    return {
      unit: settings.unit,
      rows,
      // Edits that end where they began leave nothing to save.
      dirty: draft !== null && (weeks.length !== saved.size || rows.some((row) => row.changed)),
      canUndo: undo.length > 0,
      request: parsed.success ? parsed.data : null,
      planErrors,
    };
  },
);

function messagesFor(fields: Record<string, string[]>, index: number): string[] {
  const prefix = `weeks.${index}.`;
  return Object.entries(fields)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([, messages]) => messages);
}

/** Walk–jog sessions logged with the runs, oldest first. */
export const selectWalkJogSessions = createSelector(
  runningFeature.selectRuns,
  (runs): WalkJogSession[] =>
    runs
      .filter((run) => run.walkJog !== null)
      .map((run) => ({ date: run.date, ...run.walkJog! }))
      .sort((a, b) => a.date.localeCompare(b.date)),
);

/** Advice for the next walk–jog session (level and earliest day); null before the first session is logged. */
export const selectWalkJogAdvice = createSelector(
  runningFeature.selectPlan,
  selectWalkJogSessions,
  runningFeature.selectToday,
  (plan, sessions, today): WalkJogAdvice | null =>
    plan?.kind === 'walk-jog' && sessions.length && today
      ? nextWalkJogSession(sessions, today)
      : null,
);

/** The run the form edits, or null for a new one. */
export const selectEditedRun = createSelector(
  runningFeature.selectRunForm,
  runningFeature.selectEntities,
  (form, runs) => (form.open && form.runId ? (runs[form.runId] ?? null) : null),
);

export interface PlanConflictWeek {
  weekStart: string;
  saved: PlanDraftWeek | null;
  yours: PlanDraftWeek | null;
  /** What "Keep my changes" saves for this week. */
  kept: PlanDraftWeek | null;
}

export interface PlanConflict {
  current: MileagePlanDto;
  /** The weeks where the saved plan and this therapist's differ. */
  weeks: PlanConflictWeek[];
  /** "Keep my changes": the weeks this therapist changed, on top of the saved plan, at its version. */
  request: SaveRunningPlanRequest;
}

/**
 * A plan save that lost to someone else's, as the stale panel shows it. Only a mileage plan saved over a mileage
 * plan can be merged; after a new plan of another kind the therapist can only take it (null here).
 */
export const selectPlanConflict = createSelector(
  runningFeature.selectPlanSave,
  runningFeature.selectPlan,
  runningFeature.selectUndo,
  (save, plan, undo): PlanConflict | null => {
    const current = save.current;
    if (save.status !== 'stale' || current?.kind !== 'mileage' || !save.request) return null;
    // What the edits began from: the saved weeks when editing started, or the plan a suggestion was made on.
    const base = save.origin === 'edit' && undo.length ? undo[0] : draftOf(plan);
    const mine = save.request.weeks;
    const kept = mergeWeeks(draftOf(current), mine, base);
    const at = (weeks: readonly PlanDraftWeek[], weekStart: string) =>
      weeks.find((week) => week.weekStart === weekStart) ?? null;
    const theirs = draftOf(current);
    const starts = [...new Set([...theirs, ...mine].map((week) => week.weekStart))].sort();
    return {
      current,
      weeks: starts
        .map((weekStart) => ({
          weekStart,
          saved: at(theirs, weekStart),
          yours: at(mine, weekStart),
          kept: at(kept, weekStart),
        }))
        .filter(({ saved, yours }) => !sameWeek(saved, yours)),
      request: {
        version: current.version,
        distanceUnit: current.settings.unit,
        // Saved weeks and sent requests hold numbers only: no week here is empty.
        weeks: kept as SaveRunningPlanRequest['weeks'],
      },
    };
  },
);

/**
 * "Keep my changes" after someone else saved the plan: each week this therapist changed from `base` (or added, or
 * removed) is theirs to keep; every other week keeps the saved plan's, so a colleague's edit to a week this
 * therapist never touched survives. Should the result not be consecutive weeks, this therapist's plan is kept whole.
 */
export function mergeWeeks(
  saved: readonly PlanDraftWeek[],
  mine: readonly PlanDraftWeek[],
  base: readonly PlanDraftWeek[],
): PlanDraftWeek[] {
  const byStart = (weeks: readonly PlanDraftWeek[]) =>
    new Map(weeks.map((week) => [week.weekStart, week]));
  const [savedWeeks, myWeeks, baseWeeks] = [byStart(saved), byStart(mine), byStart(base)];
  const starts = [...new Set([...savedWeeks.keys(), ...myWeeks.keys()])].sort();
  const merged = starts.flatMap((weekStart) => {
    const changedByMe = !sameWeek(myWeeks.get(weekStart) ?? null, baseWeeks.get(weekStart) ?? null);
    const week = changedByMe ? myWeeks.get(weekStart) : savedWeeks.get(weekStart);
    return week ? [week] : [];
  });
  const consecutive = merged.every(
    (week, i) => i === 0 || week.weekStart === addWeeks(merged[0].weekStart, i),
  );
  return consecutive ? merged : [...mine];
}

function sameWeek(a: PlanDraftWeek | null, b: PlanDraftWeek | null): boolean {
  return a === b || (!!a && !!b && a.distance === b.distance && a.kind === b.kind);
}

/** What is unsaved on the tab, as kept in session storage: null when everything is saved. */
export const selectRunningDraft = createSelector(
  runningFeature.selectPlan,
  runningFeature.selectDraft,
  runningFeature.selectDraftVersion,
  runningFeature.selectUndo,
  selectPlanEditor,
  runningFeature.selectRunForm,
  (plan, draft, draftVersion, undo, editor, runForm): RunningDraft | null => {
    const planDraft =
      editor?.dirty && draft && draftVersion !== null
        ? { weeks: draft, baseWeeks: undo[0] ?? draftOf(plan), version: draftVersion }
        : null;
    const runDraft =
      runForm.open && runForm.value ? { runId: runForm.runId, value: runForm.value } : null;
    return planDraft || runDraft ? { plan: planDraft, run: runDraft } : null;
  },
);
