import type { ApiError } from '@domain/contracts/api-error';
import type { CaseloadSummary } from '@domain/contracts/caseload';
import { createActionGroup, props } from '@ngrx/store';
import type { CaseloadView } from '../caseload-view';

export const caseloadPageActions = createActionGroup({
  source: 'Caseload Page',
  events: {
    'View Changed': props<{ view: CaseloadView }>(),
  },
});

export const caseloadApiActions = createActionGroup({
  source: 'Caseload API',
  events: {
    'Load Succeeded': props<{ summary: CaseloadSummary }>(),
    'Load Failed': props<{ error: ApiError }>(),
  },
});
