import { Store } from '@ngrx/store';
import { lastValueFrom, of, toArray } from 'rxjs';
import { sampleMileagePlan } from '../../../testing/sample-running';
import { authFeature } from '../../core/auth/state/auth.feature';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { keepRunningDraft, offerRunningDraft } from './running-draft.effects';
import type { RunningDraft } from './running-draft';
import { runningApiActions, runningDraftActions, runningTabActions } from './running.actions';
import { draftOf, runningFeature } from './running.feature';
import { selectRunningDraft } from './running.selectors';

const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const user = { id: 'u-1', email: 'therapist1@demo.test', displayName: 'Priya Raman', role: 'therapist' };
const plan = sampleMileagePlan();
const unsaved: RunningDraft = {
  plan: { weeks: draftOf(plan), baseWeeks: draftOf(plan), version: plan.version },
  run: null,
};

/** A store whose selectors answer from a table: the effects read state synchronously through signals. */
function fakeStore(values: Map<unknown, unknown>): Store {
  return { selectSignal: (selector: unknown) => () => values.get(selector) } as unknown as Store;
}

function state(draft: RunningDraft | null, signedIn = true): Map<unknown, unknown> {
  return new Map<unknown, unknown>([
    [selectRunningDraft, draft],
    [runningFeature.selectPatientId, patientId],
    [authFeature.selectUser, signedIn ? user : null],
  ]);
}

function fakeDrafts(): jasmine.SpyObj<FormDrafts> {
  return jasmine.createSpyObj<FormDrafts>('FormDrafts', ['load', 'save', 'clear']);
}

describe('running draft effects', () => {
  describe('keepRunningDraft', () => {
    it("keeps the unsaved work under the user's and patient's key", async () => {
      const drafts = fakeDrafts();
      const actions$ = of(runningTabActions.plannedDistanceChanged({ index: 0, distance: 9 }));
      await lastValueFrom(keepRunningDraft(actions$, fakeStore(state(unsaved)), drafts));
      expect(drafts.save).toHaveBeenCalledOnceWith(
        'u-1',
        `running.${patientId}`,
        jasmine.objectContaining({ value: unsaved, baseVersion: plan.version }),
      );
      expect(drafts.clear).not.toHaveBeenCalled();
    });

    it('forgets the draft once nothing is unsaved (saved, discarded, closed)', async () => {
      const drafts = fakeDrafts();
      const actions$ = of(runningApiActions.planSaveSucceeded({ plan }), runningTabActions.runFormClosed());
      await lastValueFrom(keepRunningDraft(actions$, fakeStore(state(null)), drafts));
      expect(drafts.clear).toHaveBeenCalledTimes(2);
      expect(drafts.clear).toHaveBeenCalledWith('u-1', `running.${patientId}`);
      expect(drafts.save).not.toHaveBeenCalled();
    });

    it('ignores actions that cannot change the unsaved work', async () => {
      const drafts = fakeDrafts();
      const actions$ = of(runningTabActions.planHistoryOpened({ patientId }));
      await lastValueFrom(keepRunningDraft(actions$, fakeStore(state(unsaved)), drafts).pipe(toArray()));
      expect(drafts.save).not.toHaveBeenCalled();
      expect(drafts.clear).not.toHaveBeenCalled();
    });
  });

  describe('offerRunningDraft', () => {
    const kept = { savedAt: '2026-11-24T14:32:00.000Z', baseVersion: 2, baseValue: null, value: unsaved };

    it('offers work kept from an earlier visit once the plan has loaded', async () => {
      const drafts = fakeDrafts();
      drafts.load.and.returnValue(kept);
      const actions$ = of(runningApiActions.planLoadSucceeded({ patientId, plan }));
      const emitted = await lastValueFrom(
        offerRunningDraft(actions$, fakeStore(state(null)), drafts).pipe(toArray()),
      );
      expect(drafts.load).toHaveBeenCalledWith('u-1', `running.${patientId}`);
      expect(emitted).toEqual([
        runningDraftActions.draftFound({ patientId, savedAt: kept.savedAt, draft: unsaved }),
      ]);
    });

    it('offers nothing while edits are open in this visit, or when none were kept', async () => {
      const open = fakeDrafts();
      open.load.and.returnValue(kept);
      const load = of(runningApiActions.planLoadSucceeded({ patientId, plan }));
      const whileEditing = await lastValueFrom(
        offerRunningDraft(load, fakeStore(state(unsaved)), open).pipe(toArray()),
      );
      expect(whileEditing).toEqual([]);
      const none = fakeDrafts();
      none.load.and.returnValue(null);
      const nothingKept = await lastValueFrom(
        offerRunningDraft(load, fakeStore(state(null)), none).pipe(toArray()),
      );
      expect(nothingKept).toEqual([]);
    });
  });
});
