import { EnvironmentInjector, Injectable, createEnvironmentInjector, inject } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as programsEffects from './programs.effects';
import { programsFeature } from './programs.feature';

/**
 * The programs feature's state and effects, registered the first time the Program tab opens. The patient page's
 * tabs are not routes (see running-state-registration.ts): registering here keeps the reducer, the dose contract
 * and the builder's rules in the lazy program chunk.
 */
@Injectable({ providedIn: 'root' })
export class ProgramsStateRegistration {
  private readonly root = inject(EnvironmentInjector);
  private registered: EnvironmentInjector | null = null;

  register(): void {
    this.registered ??= createEnvironmentInjector(
      [provideState(programsFeature), provideEffects(programsEffects)],
      this.root,
      'Programs feature',
    );
  }
}
