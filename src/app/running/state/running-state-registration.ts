import { EnvironmentInjector, Injectable, createEnvironmentInjector, inject } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as runningEffects from './running.effects';
import { runningFeature } from './running.feature';

/**
 * The running feature's state and effects, registered the first time the Running tab opens. The patient page's
 * tabs are not routes, so no route can provide them as `patients.routes.ts` does for its feature; registering
 * them from here keeps the reducer, the training-load rules and chart.js in the lazy running chunk.
 */
@Injectable({ providedIn: 'root' })
export class RunningStateRegistration {
  private readonly root = inject(EnvironmentInjector);
  private registered: EnvironmentInjector | null = null;

  register(): void {
    this.registered ??= createEnvironmentInjector(
      [provideState(runningFeature), provideEffects(runningEffects)],
      this.root,
      'Running feature',
    );
  }
}
