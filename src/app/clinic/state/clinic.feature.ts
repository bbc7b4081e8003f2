import type { ApiError } from '@domain/contracts/api-error';
import type { ClinicSettings } from '@domain/contracts/clinic';
import { createFeature, createReducer, on } from '@ngrx/store';
import { clinicApiActions, clinicPageActions } from './clinic.actions';

/**
 * The last save of the clinic's fields. `stale`: someone saved first, and `current` is their version, shown
 * beside the manager's until they choose.
 */
export interface ClinicSave {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'stale';
  error: ApiError | null;
  current: ClinicSettings | null;
}

/** The last logo upload or removal, in words for the page. */
export interface LogoChange {
  status: 'idle' | 'busy' | 'done' | 'failed';
  message: string;
}

export interface ClinicState {
  /** The clinic as last read or saved; null until the first load. */
  settings: ClinicSettings | null;
  loadError: ApiError | null;
  save: ClinicSave;
  logo: LogoChange;
}

const idleSave: ClinicSave = { status: 'idle', error: null, current: null };
const idleLogo: LogoChange = { status: 'idle', message: '' };

export const initialClinicState: ClinicState = {
  settings: null,
  loadError: null,
  save: idleSave,
  logo: idleLogo,
};

// The logo is its own record: a logo change updates the logo and never the fields a manager may be editing.
const withLogo = (state: ClinicState, { logoUrl }: ClinicSettings): ClinicState['settings'] =>
  state.settings && { ...state.settings, logoUrl };

export const clinicFeature = createFeature({
  name: 'clinic',
  reducer: createReducer(
    initialClinicState,
    on(clinicPageActions.opened, (): ClinicState => initialClinicState),
    on(clinicApiActions.loadSucceeded, (state, { settings }): ClinicState => ({
      ...state,
      settings,
      loadError: null,
    })),
    on(clinicApiActions.loadFailed, (state, { error }): ClinicState => ({
      ...state,
      loadError: error,
    })),
    on(clinicPageActions.saveSubmitted, (state): ClinicState => ({
      ...state,
      save: { ...idleSave, status: 'saving' },
    })),
    on(clinicApiActions.saveSucceeded, (state, { settings }): ClinicState => ({
      ...state,
      settings,
      save: { ...idleSave, status: 'saved' },
    })),
    on(clinicApiActions.saveFailed, (state, { error }): ClinicState => ({
      ...state,
      save: { status: 'failed', error, current: null },
    })),
    on(clinicApiActions.saveStale, (state, { error, current }): ClinicState => ({
      ...state,
      save: { status: 'stale', error, current },
    })),
    on(clinicPageActions.savedVersionTaken, (state): ClinicState => ({
      ...state,
      settings: state.save.current ?? state.settings,
      save: idleSave,
    })),
    on(
      clinicPageActions.logoChosen,
      clinicPageActions.logoRemovalRequested,
      (state): ClinicState => ({ ...state, logo: { status: 'busy', message: '' } }),
    ),
    on(clinicApiActions.logoSaved, (state, { settings }): ClinicState => ({
      ...state,
      settings: withLogo(state, settings),
      logo: { status: 'done', message: 'Logo saved. New handouts print it.' },
    })),
    on(clinicApiActions.logoRemoved, (state, { settings }): ClinicState => ({
      ...state,
      settings: withLogo(state, settings),
      logo: { status: 'done', message: 'Logo removed. New handouts print no logo.' },
    })),
    on(clinicApiActions.logoFailed, (state, { error }): ClinicState => ({
      ...state,
      logo: { status: 'failed', message: error.message },
    })),
  ),
});
