import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { unsavedChangesGuard } from '../ui/forms/unsaved-changes-guard';
import { ClinicPage } from './clinic-page/clinic-page';
import * as clinicEffects from './state/clinic.effects';
import { clinicFeature } from './state/clinic.feature';

export default [
  {
    path: '',
    component: ClinicPage,
    canDeactivate: [unsavedChangesGuard],
    providers: [provideState(clinicFeature), provideEffects(clinicEffects)],
  },
] satisfies Routes;
