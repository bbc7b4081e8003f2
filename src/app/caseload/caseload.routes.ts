import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CaseloadPage } from './caseload-page/caseload-page';
import * as caseloadEffects from './state/caseload.effects';
import { caseloadFeature } from './state/caseload.feature';

export default [
  {
    path: '',
    component: CaseloadPage,
    providers: [provideState(caseloadFeature), provideEffects(caseloadEffects)],
  },
] satisfies Routes;
