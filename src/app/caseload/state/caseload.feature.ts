import type { ApiError } from '@domain/contracts/api-error';
import type { CaseloadSummary } from '@domain/contracts/caseload';
import { createFeature, createReducer, on } from '@ngrx/store';
import { type CaseloadView, defaultView } from '../caseload-view';
import { caseloadApiActions, caseloadPageActions } from './caseload.actions';

/**
 * One dashboard view and its figures. No entity adapter: the state is one summary the server computed, never a
 * collection the page edits.
 */
export interface CaseloadState {
  view: CaseloadView;
  summary: CaseloadSummary | null;
  loading: boolean;
  error: ApiError | null;
}

export const initialCaseloadState: CaseloadState = {
  view: defaultView,
  summary: null,
  loading: false,
  error: null,
};

export const caseloadFeature = createFeature({
  name: 'caseload',
  reducer: createReducer(
    initialCaseloadState,
    // The last figures stay on screen while the next view loads: the page dims them rather than blanking.
    on(caseloadPageActions.viewChanged, (state, { view }): CaseloadState => ({
      ...state,
      view,
      loading: true,
      error: null,
    })),
    on(caseloadApiActions.loadSucceeded, (state, { summary }): CaseloadState => ({
      ...state,
      summary,
      loading: false,
    })),
    on(caseloadApiActions.loadFailed, (state, { error }): CaseloadState => ({
      ...state,
      loading: false,
      error,
    })),
  ),
});
