import { EnvironmentInjector, Injectable, createEnvironmentInjector, inject } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import * as runningDraftEffects from './running-draft.effects';
import { runningTabActions } from './running.actions';
import * as runningEffects from './running.effects';
import { runningFeature } from './running.feature';
import { selectRunningDraft } from './running.selectors';

/**
 * The running feature's state and effects, registered the first time the Running tab opens. The patient page's
 * tabs are not routes, so no route can provide them as `patients.routes.ts` does for its feature; registering
 * them from here keeps the reducer, the training-load rules and chart.js in the lazy running chunk.
 */
@Injectable({ providedIn: 'root' })
export class RunningStateRegistration {
  private readonly root = inject(EnvironmentInjector);
  private readonly store = inject(Store);
  private readonly unsavedWork = inject(UnsavedWork);
  private registered: EnvironmentInjector | null = null;

  register(): void {
    if (this.registered) return;
    this.registered = createEnvironmentInjector(
      [provideState(runningFeature), provideEffects(runningEffects, runningDraftEffects)],
      this.root,
      'Running feature',
    );
    // Edits stay in the store when the tab closes, so leaving the patient asks about them, not the tab.
    const draft = this.store.selectSignal(selectRunningDraft);
    this.unsavedWork.hold('running', {
      hasUnsavedChanges: () => draft() !== null,
      discardChanges: () => this.store.dispatch(runningTabActions.unsavedWorkDiscarded()),
    });
  }
}
