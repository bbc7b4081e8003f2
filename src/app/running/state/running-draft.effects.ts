import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { filter, map, tap } from 'rxjs';
import { authFeature } from '../../core/auth/state/auth.feature';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { type RunningDraft, runningDraftKey } from './running-draft';
import { runningApiActions, runningDraftActions, runningTabActions } from './running.actions';
import { runningFeature } from './running.feature';
import { selectRunningDraft } from './running.selectors';

/** Every action after which the unsaved work may differ from what session storage holds. */
const draftChanges = [
  runningTabActions.plannedDistanceChanged,
  runningTabActions.plannedKindChanged,
  runningTabActions.planWeekAdded,
  runningTabActions.lastPlanWeekRemoved,
  runningTabActions.planEditUndone,
  runningTabActions.planEditsDiscarded,
  runningTabActions.savedPlanTaken,
  runningTabActions.runFormEdited,
  runningTabActions.runFormClosed,
  runningTabActions.draftRestored,
  runningTabActions.draftDismissed,
  runningTabActions.unsavedWorkDiscarded,
  runningApiActions.planSaveSucceeded,
  runningApiActions.planCreateSucceeded,
  runningApiActions.runCreateSucceeded,
  runningApiActions.runUpdateSucceeded,
  runningApiActions.runDeleteSucceeded,
] as const;

/** Keeps the tab's unsaved work in session storage, and forgets it once it is saved or discarded. */
export const keepRunningDraft = createEffect(
  (actions$ = inject(Actions), store = inject(Store), drafts = inject(FormDrafts)) => {
    return actions$.pipe(
      ofType(...draftChanges),
      tap(() => {
        const draft = store.selectSignal(selectRunningDraft)();
        const patientId = store.selectSignal(runningFeature.selectPatientId)();
        const user = store.selectSignal(authFeature.selectUser)();
        if (!patientId || !user) return;
        const key = runningDraftKey(patientId);
        if (!draft) {
          drafts.clear(user.id, key);
          return;
        }
        drafts.save<RunningDraft>(user.id, key, {
          savedAt: new Date().toISOString(),
          baseVersion: draft.plan?.version ?? null,
          baseValue: null,
          value: draft,
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** Work kept from an earlier visit is offered once the plan it belongs to has loaded, unless edits are open. */
export const offerRunningDraft = createEffect(
  (actions$ = inject(Actions), store = inject(Store), drafts = inject(FormDrafts)) => {
    return actions$.pipe(
      ofType(runningApiActions.planLoadSucceeded),
      map(({ patientId }) => {
        const open = store.selectSignal(selectRunningDraft)();
        const user = store.selectSignal(authFeature.selectUser)();
        const kept =
          open || !user ? null : drafts.load<RunningDraft>(user.id, runningDraftKey(patientId));
        return kept
          ? runningDraftActions.draftFound({ patientId, savedAt: kept.savedAt, draft: kept.value })
          : null;
      }),
      filter((action) => action !== null),
    );
  },
  { functional: true },
);
