import { sampleCrossTrainingVersion as sampleVersion } from '../../../testing/sample-cross-training';
import { blankPlan, draftOf } from '../plan-draft';
import { crossTrainingApiActions, crossTrainingTabActions } from './cross-training.actions';
import {
  type CrossTrainingState,
  crossTrainingFeature,
  initialCrossTrainingState,
} from './cross-training.feature';

const { reducer } = crossTrainingFeature;
const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';

const v1 = sampleVersion();
const loaded: CrossTrainingState = {
  ...initialCrossTrainingState,
  patientId,
  load: 'loaded',
  saved: v1,
  plan: draftOf(v1.plan),
};
const longer = { ...draftOf(v1.plan), weeks: 8 };
const edited: CrossTrainingState = {
  ...loaded,
  plan: longer,
  undo: [loaded.plan!],
  lastField: 'weeks',
};

describe('crossTrainingFeature reducer', () => {
  it('returns the same state for an unknown action', () => {
    expect(reducer(loaded, { type: 'unknown' })).toBe(loaded);
  });

  it('starts loading the patient opened', () => {
    const state = reducer(initialCrossTrainingState, crossTrainingTabActions.opened({ patientId }));
    expect(state.patientId).toBe(patientId);
    expect(state.load).toBe('loading');
  });

  it("keeps the edits when the same patient's tab opens again", () => {
    expect(reducer(edited, crossTrainingTabActions.opened({ patientId }))).toBe(edited);
  });

  it('loads again on retry', () => {
    const failed = { ...loaded, load: 'failed' as const };
    expect(reducer(failed, crossTrainingTabActions.retryLoadSelected({ patientId })).load).toBe(
      'loading',
    );
  });

  it('shows the saved plan once loaded, with nothing to undo', () => {
    const loading = { ...initialCrossTrainingState, patientId, load: 'loading' as const };
    const state = reducer(
      loading,
      crossTrainingApiActions.loadSucceeded({ patientId, current: v1 }),
    );
    expect(state.saved).toBe(v1);
    expect(state.plan).toEqual(draftOf(v1.plan));
    expect(state.undo).toEqual([]);
    expect(state.load).toBe('loaded');
  });

  it("keeps edits made before a second read of the same patient's plan arrives, on the version they began from", () => {
    const v2 = sampleVersion(2);
    const state = reducer(
      edited,
      crossTrainingApiActions.loadSucceeded({ patientId, current: v2 }),
    );
    expect(state.plan).toBe(longer);
    expect(state.undo).toEqual(edited.undo);
    // Saving names version 1, so a colleague's version 2 answers 409 instead of being overwritten.
    expect(state.saved).toBe(v1);
    expect(state.load).toBe('loaded');
  });

  it('ignores a load for another patient', () => {
    const other = crossTrainingApiActions.loadSucceeded({ patientId: 'someone-else', current: v1 });
    expect(reducer(loaded, other)).toBe(loaded);
  });

  it('keeps the load error', () => {
    const error = { error: 'offline', message: 'No connection.' };
    const state = reducer(loaded, crossTrainingApiActions.loadFailed({ patientId, error }));
    expect(state.load).toBe('failed');
    expect(state.loadError).toEqual(error);
  });

  it('begins a blank plan from the Monday given', () => {
    const none = { ...loaded, saved: null, plan: null };
    const state = reducer(none, crossTrainingTabActions.planStarted({ startWeek: '2026-11-30' }));
    expect(state.plan).toEqual(blankPlan('2026-11-30'));
    expect(state.undo).toEqual([]);
  });

  it('keeps each edit as a step to undo, typing in one field as one step', () => {
    const once = reducer(
      loaded,
      crossTrainingTabActions.planEdited({ plan: longer, field: 'weeks' }),
    );
    expect(once.plan).toBe(longer);
    expect(once.undo).toEqual([loaded.plan!]);
    const twelve = { ...longer, weeks: 12 };
    const twice = reducer(
      once,
      crossTrainingTabActions.planEdited({ plan: twelve, field: 'weeks' }),
    );
    expect(twice.undo.length).toBe(1);
    const toggled = reducer(
      twice,
      crossTrainingTabActions.planEdited({ plan: longer, field: null }),
    );
    expect(toggled.undo.length).toBe(2);
  });

  it('ignores an edit while there is no plan', () => {
    const none = { ...loaded, plan: null };
    expect(reducer(none, crossTrainingTabActions.planEdited({ plan: longer, field: null }))).toBe(
      none,
    );
  });

  it('undoes the last edit, and does nothing with none left', () => {
    const state = reducer(edited, crossTrainingTabActions.editUndone());
    expect(state.plan).toBe(loaded.plan);
    expect(state.undo).toEqual([]);
    expect(reducer(loaded, crossTrainingTabActions.editUndone())).toBe(loaded);
  });

  it('marks a save as under way', () => {
    const request = { version: 1, plan: v1.plan, changeSummary: null };
    const state = reducer(edited, crossTrainingTabActions.saveSubmitted({ patientId, request }));
    expect(state.save.status).toBe('saving');
  });

  it('shows the new version after a save, with nothing to undo', () => {
    const v2 = sampleVersion(2, { ...v1.plan, weeks: 8 });
    const state = reducer(edited, crossTrainingApiActions.saveSucceeded({ version: v2 }));
    expect(state.saved).toBe(v2);
    expect(state.plan!.weeks).toBe(8);
    expect(state.undo).toEqual([]);
    expect(state.save.status).toBe('saved');
  });

  it('goes stale with the version saved now on a 409, keeping the edits', () => {
    const theirs = sampleVersion(2);
    const error = { error: 'stale_version', message: 'Someone saved this plan.' };
    const state = reducer(edited, crossTrainingApiActions.saveFailed({ error, current: theirs }));
    expect(state.save).toEqual({ status: 'stale', error, current: theirs });
    expect(state.plan).toBe(longer);
  });

  it('fails plainly without a version to compare', () => {
    const error = { error: 'offline', message: 'No connection.' };
    const state = reducer(edited, crossTrainingApiActions.saveFailed({ error, current: null }));
    expect(state.save.status).toBe('failed');
  });

  it('takes the saved plan, dropping the edits', () => {
    const theirs = sampleVersion(2);
    const stale = { ...edited, save: { status: 'stale' as const, error: null, current: theirs } };
    const state = reducer(stale, crossTrainingTabActions.savedPlanTaken({ version: theirs }));
    expect(state.saved).toBe(theirs);
    expect(state.undo).toEqual([]);
    expect(state.save.status).toBe('idle');
  });

  it('discards unsaved work back to the saved plan', () => {
    const state = reducer(edited, crossTrainingTabActions.unsavedWorkDiscarded());
    expect(state.plan).toEqual(draftOf(v1.plan));
    expect(state.undo).toEqual([]);
  });

  it("keeps the program's strength days for the patient opened, and none when the program cannot be read", () => {
    const days = [{ weekday: 'mon' as const, heavy: true, routineOnly: false }];
    const state = reducer(loaded, crossTrainingApiActions.strengthDaysLoaded({ patientId, days }));
    expect(state.strength).toEqual({ status: 'loaded', days });
    expect(
      reducer(state, crossTrainingApiActions.strengthDaysFailed({ patientId })).strength,
    ).toEqual({
      status: 'failed',
      days: [],
    });
    const other = crossTrainingApiActions.strengthDaysLoaded({ patientId: 'someone-else', days });
    expect(reducer(loaded, other)).toBe(loaded);
    expect(
      reducer(loaded, crossTrainingApiActions.strengthDaysFailed({ patientId: 'someone-else' })),
    ).toBe(loaded);
  });

  it('redoes what was undone, in order, until the next edit', () => {
    const twelve = { ...longer, weeks: 12 };
    const twice = reducer(
      reducer(edited, crossTrainingTabActions.planEdited({ plan: twelve, field: null })),
      crossTrainingTabActions.editUndone(),
    );
    expect(twice.plan).toBe(longer);
    const undoneTwice = reducer(twice, crossTrainingTabActions.editUndone());
    expect(undoneTwice.plan).toBe(loaded.plan);
    const redone = reducer(undoneTwice, crossTrainingTabActions.editRedone());
    expect(redone.plan).toBe(longer);
    expect(reducer(redone, crossTrainingTabActions.editRedone()).plan).toBe(twelve);
    const newEdit = reducer(
      redone,
      crossTrainingTabActions.planEdited({ plan: longer, field: null }),
    );
    expect(newEdit.redo).toEqual([]);
    expect(reducer(loaded, crossTrainingTabActions.editRedone())).toBe(loaded);
  });

  it('loads the history, and ignores one for another patient', () => {
    const opening = reducer(loaded, crossTrainingTabActions.historyOpened({ patientId }));
    expect(opening.history.status).toBe('loading');
    const versions = [v1];
    const state = reducer(
      opening,
      crossTrainingApiActions.versionsLoadSucceeded({ patientId, versions }),
    );
    expect(state.history).toEqual({ status: 'loaded', versions, error: null });
    const error = { error: 'offline', message: 'No connection.' };
    expect(
      reducer(opening, crossTrainingApiActions.versionsLoadFailed({ patientId, error })).history
        .error,
    ).toBe(error);
    const other = crossTrainingApiActions.versionsLoadSucceeded({
      patientId: 'someone-else',
      versions,
    });
    expect(reducer(opening, other)).toBe(opening);
  });

  it('shows a saved version while it is read, then closes it', () => {
    const viewing = reducer(
      loaded,
      crossTrainingTabActions.versionViewed({ patientId, version: 1 }),
    );
    expect(viewing.shown.status).toBe('loading');
    const shown = reducer(viewing, crossTrainingApiActions.versionLoadSucceeded({ version: v1 }));
    expect(shown.shown).toEqual({ status: 'loaded', version: v1, error: null });
    const error = { error: 'not_found', message: 'No such version.' };
    expect(
      reducer(viewing, crossTrainingApiActions.versionLoadFailed({ error })).shown.status,
    ).toBe('failed');
    expect(reducer(shown, crossTrainingTabActions.versionClosed()).shown.version).toBeNull();
  });

  it('restores a version as a save, then lists the new version first and closes the one shown', () => {
    const request = { version: 2, plan: v1.plan, changeSummary: 'Restored version 1.' };
    const withHistory = {
      ...loaded,
      history: { status: 'loaded' as const, versions: [v1], error: null },
      shown: { status: 'loaded' as const, version: v1, error: null },
    };
    const saving = reducer(
      withHistory,
      crossTrainingTabActions.versionRestored({ patientId, request }),
    );
    expect(saving.save.status).toBe('saving');
    const v2 = sampleVersion(2);
    const saved = reducer(saving, crossTrainingApiActions.saveSucceeded({ version: v2 }));
    expect(saved.history.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(saved.history.versions[0]).toEqual({
      version: 2,
      savedAt: v2.savedAt,
      savedBy: v2.savedBy,
      changeSummary: v2.changeSummary,
    });
    expect(saved.shown.version).toBeNull();
  });

  it("keeps the mileage plan's weekly distances for the patient opened, and says when they cannot be read", () => {
    const running = {
      unit: 'km' as const,
      weeks: [{ weekStart: '2026-11-30', plannedMetres: 12_000 }],
    };
    const state = reducer(
      loaded,
      crossTrainingApiActions.runningWeeksLoaded({ patientId, running }),
    );
    expect(state.running).toEqual({ status: 'loaded', plan: running });
    expect(
      reducer(state, crossTrainingApiActions.runningWeeksFailed({ patientId })).running,
    ).toEqual({
      status: 'failed',
      plan: null,
    });
    const other = crossTrainingApiActions.runningWeeksLoaded({
      patientId: 'someone-else',
      running,
    });
    expect(reducer(loaded, other)).toBe(loaded);
    expect(
      reducer(loaded, crossTrainingApiActions.runningWeeksFailed({ patientId: 'someone-else' })),
    ).toBe(loaded);
  });
});
