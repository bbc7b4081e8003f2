import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { unsavedChangesGuard } from '../ui/forms/unsaved-changes-guard';
import { PatientsPage } from './patients-page/patients-page';
import * as patientsEffects from './state/patients.effects';
import { patientsFeature } from './state/patients.feature';

// The list is where every session starts, so it comes with the feature; the patient page and the
// editor (forms, tabs, dialogs) load when first opened.
export default [
  {
    path: '',
    providers: [provideState(patientsFeature), provideEffects(patientsEffects)],
    children: [
      { path: '', title: 'Patients · Stride Rx', component: PatientsPage },
      {
        path: 'new',
        title: 'New patient · Stride Rx',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./patient-editor-page/patient-editor-page').then((m) => m.PatientEditorPage),
      },
      {
        path: ':id',
        title: 'Patient · Stride Rx',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./patient-page/patient-page').then((m) => m.PatientPage),
      },
      {
        path: ':id/edit',
        title: 'Edit patient · Stride Rx',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./patient-editor-page/patient-editor-page').then((m) => m.PatientEditorPage),
      },
    ],
  },
] satisfies Routes;
