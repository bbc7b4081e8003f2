import { EnvironmentInjector, Injectable, createEnvironmentInjector, inject } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import { crossTrainingTabActions } from './cross-training.actions';
import * as crossTrainingEffects from './cross-training.effects';
import { crossTrainingFeature } from './cross-training.feature';
import { selectCrossTrainingDirty } from './cross-training.selectors';

/**
 * The cross-training feature's state and effects, registered the first time the tab opens (the patient page's
 * tabs are not routes), so the reducer and the plan contract stay in the lazy cross-training chunk.
 */
@Injectable({ providedIn: 'root' })
export class CrossTrainingStateRegistration {
  private readonly root = inject(EnvironmentInjector);
  private readonly store = inject(Store);
  private readonly unsavedWork = inject(UnsavedWork);
  private registered: EnvironmentInjector | null = null;

  register(): void {
    if (this.registered) return;
    this.registered = createEnvironmentInjector(
      [provideState(crossTrainingFeature), provideEffects(crossTrainingEffects)],
      this.root,
      'Cross-training feature',
    );
    // Edits stay in the store when the tab closes, so leaving the patient asks about them, not the tab.
    const dirty = this.store.selectSignal(selectCrossTrainingDirty);
    this.unsavedWork.hold('cross-training', {
      hasUnsavedChanges: () => dirty(),
      discardChanges: () => this.store.dispatch(crossTrainingTabActions.unsavedWorkDiscarded()),
    });
  }
}
