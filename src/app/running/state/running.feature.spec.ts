import type { ApiError } from '@domain/contracts/api-error';
import type { SaveRunningPlanRequest } from '@domain/contracts/running';
import {
  runningToday,
  sampleMileagePlan,
  sampleRun,
  sampleRuns,
  sampleVersions,
  sampleWalkJogPlan,
} from '../../../testing/sample-running';
import type { RunFormValue } from '../run-form/run-form-model';
import type { RunningDraft } from './running-draft';
import { runningApiActions, runningDraftActions, runningTabActions } from './running.actions';
import {
  RunningState,
  draftOf,
  initialRunningState,
  runningFeature,
  runsAdapter,
} from './running.feature';

const { reducer } = runningFeature;
const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const plan = sampleMileagePlan();
const theirs = sampleMileagePlan({ version: 3, updatedAt: '2026-11-24T09:00:00.000Z' });
const offline: ApiError = { error: 'network_error', message: "Stride Rx can't reach the server." };
const stale: ApiError = { error: 'stale_version', message: 'Someone else saved the plan.' };
const invalid: ApiError = {
  error: 'validation_failed',
  message: 'Check the highlighted fields.',
  fields: { 'weeks.2.distance': ['A planned week is at most 186.4 mi.'] },
};
const request: SaveRunningPlanRequest = {
  version: 2,
  distanceUnit: 'mi',
  weeks: [{ weekStart: '2026-10-05', distance: 10, kind: 'hold' }],
};

function loaded(changes: Partial<RunningState> = {}): RunningState {
  return runsAdapter.setAll(sampleRuns(), {
    ...initialRunningState,
    patientId,
    today: runningToday,
    plan,
    planStatus: 'loaded',
    runsStatus: 'loaded',
    ...changes,
  });
}

describe('running reducer', () => {
  it('returns the same state object for an unknown action', () => {
    const state = loaded();
    expect(reducer(state, { type: '[Elsewhere] Something' })).toBe(state);
  });

  describe('loading', () => {
    it("starts a patient's tab from nothing, with today's date", () => {
      const state = reducer(loaded(), runningTabActions.opened({ patientId: 'other', today: '2026-12-01' }));
      expect(state.patientId).toBe('other');
      expect(state.today).toBe('2026-12-01');
      expect(state.plan).toBeNull();
      expect(state.ids).toEqual([]);
      expect(state.planStatus).toBe('loading');
      expect(state.runsStatus).toBe('loading');
    });

    it('keeps unsaved edits when the same patient’s tab opens again', () => {
      const edited = reducer(loaded(), runningTabActions.plannedDistanceChanged({ index: 1, distance: 12 }));
      const state = reducer(edited, runningTabActions.opened({ patientId, today: runningToday }));
      expect(state.draft).toBe(edited.draft);
      expect(state.planStatus).toBe('loading');
    });

    it('loads again on Retry, for the patient on screen only', () => {
      const failed = loaded({ planStatus: 'failed', planError: offline });
      const state = reducer(failed, runningTabActions.retryLoadSelected({ patientId }));
      expect(state.planStatus).toBe('loading');
      expect(state.planError).toBeNull();
      expect(reducer(failed, runningTabActions.retryLoadSelected({ patientId: 'other' }))).toBe(failed);
    });

    it('shows the loaded plan and runs, ignoring answers about another patient', () => {
      const opened = reducer(initialRunningState, runningTabActions.opened({ patientId, today: runningToday }));
      const withPlan = reducer(opened, runningApiActions.planLoadSucceeded({ patientId, plan }));
      expect(withPlan.plan).toBe(plan);
      expect(withPlan.planStatus).toBe('loaded');
      const runs = sampleRuns();
      const withRuns = reducer(withPlan, runningApiActions.runsLoadSucceeded({ patientId, runs }));
      expect(withRuns.runsStatus).toBe('loaded');
      expect(withRuns.ids[0]).toBe(runs[runs.length - 1].id);
      expect(reducer(withRuns, runningApiActions.planLoadSucceeded({ patientId: 'other', plan: null }))).toBe(withRuns);
      expect(reducer(withRuns, runningApiActions.runsLoadSucceeded({ patientId: 'other', runs: [] }))).toBe(withRuns);
    });

    it('keeps why a load failed', () => {
      const opened = reducer(initialRunningState, runningTabActions.opened({ patientId, today: runningToday }));
      const planFailed = reducer(opened, runningApiActions.planLoadFailed({ patientId, error: offline }));
      expect(planFailed.planStatus).toBe('failed');
      expect(planFailed.planError).toEqual(offline);
      const runsFailed = reducer(opened, runningApiActions.runsLoadFailed({ patientId, error: offline }));
      expect(runsFailed.runsStatus).toBe('failed');
      expect(runsFailed.runsError).toEqual(offline);
      expect(reducer(opened, runningApiActions.runsLoadFailed({ patientId: 'other', error: offline }))).toBe(opened);
    });
  });

  describe('making a plan', () => {
    const creation = { request: { kind: 'walk-jog' as const, startDate: '2026-11-25' }, replacesVersion: null };

    it('saves, then shows the new plan', () => {
      const saving = reducer(loaded({ plan: null }), runningTabActions.planSubmitted({ patientId, creation }));
      expect(saving.planCreate).toEqual({ status: 'saving', error: null, current: null, request: creation });
      const made = sampleWalkJogPlan();
      const state = reducer(saving, runningApiActions.planCreateSucceeded({ plan: made }));
      expect(state.plan).toBe(made);
      expect(state.planCreate.status).toBe('saved');
    });

    it('keeps the request for Retry, and the plan someone else made first', () => {
      const saving = reducer(loaded({ plan: null }), runningTabActions.planSubmitted({ patientId, creation }));
      const failed = reducer(saving, runningApiActions.planCreateFailed({ error: offline, current: null }));
      expect(failed.planCreate).toEqual({ status: 'failed', error: offline, current: null, request: creation });
      const conflict = reducer(saving, runningApiActions.planCreateFailed({ error: stale, current: theirs }));
      expect(conflict.planCreate.status).toBe('stale');
      expect(conflict.planCreate.current).toBe(theirs);
      expect(conflict.plan).toBeNull();
    });
  });

  describe('editing the planned weeks', () => {
    it('starts a draft from the saved plan at its version, one undo step per change', () => {
      const state = reducer(loaded(), runningTabActions.plannedDistanceChanged({ index: 2, distance: 13 }));
      expect(state.draft![2]).toEqual({ weekStart: '2026-10-19', distance: 13, kind: 'build' });
      expect(state.draft![1]).toEqual(draftOf(plan)[1]);
      expect(state.draftVersion).toBe(2);
      expect(state.undo).toEqual([draftOf(plan)]);
    });

    it('changes a week’s kind', () => {
      const state = reducer(loaded(), runningTabActions.plannedKindChanged({ index: 4, kind: 'hold' }));
      expect(state.draft![4].kind).toBe('hold');
    });

    it('ignores a change that changes nothing', () => {
      const state = loaded();
      const same = draftOf(plan)[0];
      expect(reducer(state, runningTabActions.plannedDistanceChanged({ index: 0, distance: same.distance }))).toBe(state);
      expect(reducer(state, runningTabActions.plannedKindChanged({ index: 0, kind: same.kind }))).toBe(state);
      expect(reducer(state, runningTabActions.plannedDistanceChanged({ index: 99, distance: 1 }))).toBe(state);
    });

    it('edits nothing on a walk–jog plan', () => {
      const state = loaded({ plan: sampleWalkJogPlan() });
      expect(reducer(state, runningTabActions.planWeekAdded())).toBe(state);
    });

    it('adds a week after the last, held at its distance, and removes the last one', () => {
      const weeks = draftOf(plan);
      const added = reducer(loaded(), runningTabActions.planWeekAdded());
      expect(added.draft!.length).toBe(weeks.length + 1);
      expect(added.draft![weeks.length]).toEqual({
        weekStart: '2026-12-21',
        distance: weeks[weeks.length - 1].distance,
        kind: 'hold',
      });
      const removed = reducer(loaded(), runningTabActions.lastPlanWeekRemoved());
      expect(removed.draft!.length).toBe(weeks.length - 1);
    });

    it('undoes one change at a time, back to the saved plan', () => {
      const once = reducer(loaded(), runningTabActions.plannedDistanceChanged({ index: 2, distance: 13 }));
      const twice = reducer(once, runningTabActions.plannedDistanceChanged({ index: 3, distance: 9 }));
      const undone = reducer(twice, runningTabActions.planEditUndone());
      expect(undone.draft).toEqual(once.draft);
      const back = reducer(undone, runningTabActions.planEditUndone());
      expect(back.draft).toBeNull();
      expect(back.draftVersion).toBeNull();
      expect(back.undo).toEqual([]);
      expect(reducer(back, runningTabActions.planEditUndone())).toBe(back);
    });

    it('discards every edit', () => {
      const edited = reducer(loaded(), runningTabActions.plannedDistanceChanged({ index: 2, distance: 13 }));
      const state = reducer(edited, runningTabActions.planEditsDiscarded());
      expect(state.draft).toBeNull();
      expect(state.undo).toEqual([]);
    });
  });

  describe('saving the plan', () => {
    const edited = reducer(loaded(), runningTabActions.plannedDistanceChanged({ index: 2, distance: 13 }));

    it('saves the edits, then shows the saved plan without a draft', () => {
      const saving = reducer(edited, runningTabActions.planEditsSubmitted({ patientId, request }));
      expect(saving.planSave).toEqual({ status: 'saving', error: null, current: null, request, origin: 'edit' });
      const saved = sampleMileagePlan({ version: 3 });
      const state = reducer(saving, runningApiActions.planSaveSucceeded({ plan: saved }));
      expect(state.plan).toBe(saved);
      expect(state.draft).toBeNull();
      expect(state.undo).toEqual([]);
      expect(state.planSave.status).toBe('saved');
    });

    it('keeps the edits when the save fails, and the saved plan beside them when it is stale', () => {
      const saving = reducer(edited, runningTabActions.planEditsSubmitted({ patientId, request }));
      const failed = reducer(saving, runningApiActions.planSaveFailed({ error: invalid, current: null }));
      expect(failed.planSave.status).toBe('failed');
      expect(failed.planSave.error).toEqual(invalid);
      expect(failed.draft).toBe(edited.draft);
      const conflict = reducer(saving, runningApiActions.planSaveFailed({ error: stale, current: theirs }));
      expect(conflict.planSave.status).toBe('stale');
      expect(conflict.planSave.current).toBe(theirs);
      expect(conflict.plan).toBe(plan);
      expect(conflict.draft).toBe(edited.draft);
    });

    it('takes the saved plan and drops the edits', () => {
      const conflict = reducer(edited, runningApiActions.planSaveFailed({ error: stale, current: theirs }));
      const state = reducer(conflict, runningTabActions.savedPlanTaken({ plan: theirs }));
      expect(state.plan).toBe(theirs);
      expect(state.draft).toBeNull();
      expect(state.planSave.status).toBe('idle');
      expect(state.planCreate.status).toBe('idle');
    });
  });

  describe('suggestions', () => {
    const id = 'two-week-increase:2026-11-16:hold';

    it('shows one, then applies it as a save of the plan', () => {
      const previewed = reducer(loaded(), runningTabActions.suggestionPreviewed({ suggestionId: id }));
      expect(previewed.previewSuggestionId).toBe(id);
      const applying = reducer(previewed, runningTabActions.suggestionApplied({ patientId, suggestionId: id, request }));
      expect(applying.planSave).toEqual({ status: 'saving', error: null, current: null, request, origin: 'suggestion' });
      const state = reducer(applying, runningApiActions.planSaveSucceeded({ plan: theirs }));
      expect(state.previewSuggestionId).toBeNull();
      expect(state.planSave.origin).toBe('suggestion');
    });

    it('closes the preview and forgets its failure', () => {
      const previewed = reducer(loaded(), runningTabActions.suggestionPreviewed({ suggestionId: id }));
      const applying = reducer(previewed, runningTabActions.suggestionApplied({ patientId, suggestionId: id, request }));
      const failed = reducer(applying, runningApiActions.planSaveFailed({ error: offline, current: null }));
      const state = reducer(failed, runningTabActions.suggestionPreviewClosed());
      expect(state.previewSuggestionId).toBeNull();
      expect(state.planSave.status).toBe('idle');
    });
  });

  describe('plan history', () => {
    it('loads the versions of the patient on screen', () => {
      const opening = reducer(loaded(), runningTabActions.planHistoryOpened({ patientId }));
      expect(opening.versions.status).toBe('loading');
      const shown = reducer(opening, runningApiActions.versionsLoadSucceeded({ patientId, versions: sampleVersions }));
      expect(shown.versions).toEqual({ patientId, versions: sampleVersions, status: 'loaded', error: null });
      const failed = reducer(opening, runningApiActions.versionsLoadFailed({ patientId, error: offline }));
      expect(failed.versions.status).toBe('failed');
      expect(reducer(opening, runningApiActions.versionsLoadSucceeded({ patientId: 'other', versions: [] }))).toBe(opening);
      expect(reducer(opening, runningApiActions.versionsLoadFailed({ patientId: 'other', error: offline }))).toBe(opening);
    });
  });

  describe('the run log', () => {
    const run = sampleRun({ date: '2026-11-25', miles: 5 });
    const runRequest = { date: '2026-11-25', distance: 5, distanceUnit: 'mi' as const, painDuring: 1 };

    it('opens and closes the form, forgetting the last save', () => {
      const open = reducer(loaded({ runSave: { status: 'failed', error: offline, current: null, request: null } }), runningTabActions.runFormOpened({ runId: null }));
      expect(open.runForm).toEqual({ open: true, runId: null, value: null });
      expect(open.runSave.status).toBe('idle');
      const closed = reducer(open, runningTabActions.runFormClosed());
      expect(closed.runForm).toEqual({ open: false, runId: null, value: null });
    });

    it('logs a run and closes the form', () => {
      const saving = reducer(loaded(), runningTabActions.runSubmitted({ patientId, request: runRequest }));
      expect(saving.runSave.status).toBe('saving');
      expect(saving.runSave.request).toEqual(runRequest);
      const state = reducer(saving, runningApiActions.runCreateSucceeded({ run }));
      expect(state.entities[run.id]).toEqual(run);
      expect(state.ids[0]).toBe(run.id);
      expect(state.runForm.open).toBeFalse();
      expect(state.runSave.status).toBe('saved');
    });

    it('keeps the form as typed when logging fails', () => {
      const saving = reducer(loaded(), runningTabActions.runSubmitted({ patientId, request: runRequest }));
      const state = reducer(saving, runningApiActions.runCreateFailed({ error: offline }));
      expect(state.runSave).toEqual({ status: 'failed', error: offline, current: null, request: runRequest });
    });

    it('saves an edit, or shows the run someone else saved first', () => {
      const existing = loaded();
      const edited = { ...existing.entities[existing.ids[0]]!, painDuring: 3, version: 2 };
      const editing = reducer(
        existing,
        runningTabActions.runEditSubmitted({ patientId, runId: edited.id, request: { ...runRequest, version: 1 } }),
      );
      expect(editing.runSave.status).toBe('saving');
      const saved = reducer(editing, runningApiActions.runUpdateSucceeded({ run: edited }));
      expect(saved.entities[edited.id]).toEqual(edited);
      expect(saved.runSave.status).toBe('saved');
      const conflict = reducer(editing, runningApiActions.runUpdateFailed({ error: stale, current: edited }));
      expect(conflict.runSave.status).toBe('stale');
      expect(conflict.runSave.current).toBe(edited);
      const taken = reducer(conflict, runningTabActions.savedRunTaken({ run: edited }));
      expect(taken.entities[edited.id]).toEqual(edited);
      expect(taken.runSave.status).toBe('idle');
      const failed = reducer(editing, runningApiActions.runUpdateFailed({ error: offline, current: null }));
      expect(failed.runSave.status).toBe('failed');
    });

    it('deletes a run, closing its form if open', () => {
      const existing = loaded();
      const id = existing.ids[0] as string;
      const editing = reducer(existing, runningTabActions.runFormOpened({ runId: id }));
      const deleting = reducer(editing, runningTabActions.runDeleteConfirmed({ patientId, runId: id }));
      expect(deleting.runDelete).toEqual({ runId: id, error: null });
      const state = reducer(deleting, runningApiActions.runDeleteSucceeded({ runId: id }));
      expect(state.entities[id]).toBeUndefined();
      expect(state.runForm.open).toBeFalse();
      expect(state.runDelete.runId).toBeNull();
    });

    it('keeps the run when deleting fails', () => {
      const existing = loaded();
      const id = existing.ids[0] as string;
      const deleting = reducer(existing, runningTabActions.runDeleteConfirmed({ patientId, runId: id }));
      const state = reducer(deleting, runningApiActions.runDeleteFailed({ runId: id, error: offline }));
      expect(state.entities[id]).toBeDefined();
      expect(state.runDelete).toEqual({ runId: null, error: offline });
    });
  });
  describe('unsaved work kept as a draft', () => {
    const typed: RunFormValue = {
      date: '2026-11-24',
      distance: 4.5,
      durationMinutes: null,
      painDuring: 2,
      painNextMorning: null,
      notes: 'windy',
      walkJog: { level: null, completed: true, soreness: 'none', swellingIncreased: false },
    };
    const keptWeeks = draftOf(plan).map((week, i) => (i === 1 ? { ...week, distance: 14 } : week));
    const kept: RunningDraft = {
      plan: { weeks: keptWeeks, baseWeeks: draftOf(plan), version: plan.version },
      run: { runId: null, value: typed },
    };
    const savedAt = '2026-11-24T14:32:00.000Z';

    it('keeps what is typed in an open run form only', () => {
      const closed = loaded();
      expect(reducer(closed, runningTabActions.runFormEdited({ value: typed }))).toBe(closed);
      const open = reducer(closed, runningTabActions.runFormOpened({ runId: null }));
      const state = reducer(open, runningTabActions.runFormEdited({ value: typed }));
      expect(state.runForm).toEqual({ open: true, runId: null, value: typed });
    });

    it("offers a draft found for this patient, and ignores another patient's", () => {
      const found = runningDraftActions.draftFound({ patientId, savedAt, draft: kept });
      expect(reducer(loaded(), found).draftOffer).toEqual({ savedAt, draft: kept });
      const elsewhere = loaded({ patientId: 'other' });
      expect(reducer(elsewhere, found)).toBe(elsewhere);
    });

    it('restores the weeks at the version they began from, undoable back to the weeks they began from', () => {
      const offered = reducer(loaded(), runningDraftActions.draftFound({ patientId, savedAt, draft: kept }));
      const state = reducer(offered, runningTabActions.draftRestored());
      expect(state.draftOffer).toBeNull();
      expect(state.draft).toEqual(keptWeeks);
      expect(state.draftVersion).toBe(plan.version);
      expect(state.undo).toEqual([draftOf(plan)]);
      expect(state.runForm).toEqual({ open: true, runId: null, value: typed });
    });

    it('restores the edit of a run that was deleted since as a new run', () => {
      const draft: RunningDraft = { plan: null, run: { runId: 'gone', value: typed } };
      const offered = reducer(loaded(), runningDraftActions.draftFound({ patientId, savedAt, draft }));
      const state = reducer(offered, runningTabActions.draftRestored());
      expect(state.runForm).toEqual({ open: true, runId: null, value: typed });
      expect(state.draft).toBeNull();
    });

    it('restores the edit of a run that still exists as that edit', () => {
      const existing = loaded();
      const runId = existing.ids[0] as string;
      const draft: RunningDraft = { plan: null, run: { runId, value: typed } };
      const offered = reducer(existing, runningDraftActions.draftFound({ patientId, savedAt, draft }));
      expect(reducer(offered, runningTabActions.draftRestored()).runForm.runId).toBe(runId);
    });

    it('does nothing on restore with no offer', () => {
      const state = loaded();
      expect(reducer(state, runningTabActions.draftRestored())).toBe(state);
    });

    it('forgets the offer when it is dismissed', () => {
      const offered = reducer(loaded(), runningDraftActions.draftFound({ patientId, savedAt, draft: kept }));
      const state = reducer(offered, runningTabActions.draftDismissed());
      expect(state.draftOffer).toBeNull();
      expect(state.draft).toBeNull();
    });

    it('drops the edits and the run being typed when the therapist discards them to leave', () => {
      const offered = reducer(loaded(), runningDraftActions.draftFound({ patientId, savedAt, draft: kept }));
      const restored = reducer(offered, runningTabActions.draftRestored());
      const state = reducer(restored, runningTabActions.unsavedWorkDiscarded());
      expect(state.draft).toBeNull();
      expect(state.draftVersion).toBeNull();
      expect(state.undo).toEqual([]);
      expect(state.runForm).toEqual({ open: false, runId: null, value: null });
    });
  });
});
