import type { ApiError } from '@domain/contracts/api-error';
import type { ClinicSettings, UpdateClinicRequest } from '@domain/contracts/clinic';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const clinicPageActions = createActionGroup({
  source: 'Clinic Page',
  events: {
    Opened: emptyProps(),
    'Save Submitted': props<{ request: UpdateClinicRequest }>(),
    'Saved Version Taken': emptyProps(),
    'Logo Chosen': props<{ file: File }>(),
    'Logo Removal Requested': emptyProps(),
  },
});

export const clinicApiActions = createActionGroup({
  source: 'Clinic API',
  events: {
    'Load Succeeded': props<{ settings: ClinicSettings }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Save Succeeded': props<{ settings: ClinicSettings }>(),
    'Save Failed': props<{ error: ApiError }>(),
    'Save Stale': props<{ error: ApiError; current: ClinicSettings }>(),
    'Logo Saved': props<{ settings: ClinicSettings }>(),
    'Logo Removed': props<{ settings: ClinicSettings }>(),
    'Logo Failed': props<{ error: ApiError }>(),
  },
});
