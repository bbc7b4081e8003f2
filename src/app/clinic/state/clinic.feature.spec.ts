import type { ApiError } from '@domain/contracts/api-error';
import type { ClinicSettings } from '@domain/contracts/clinic';
import { clinicApiActions, clinicPageActions } from './clinic.actions';
import { type ClinicState, clinicFeature, initialClinicState } from './clinic.feature';

const { reducer } = clinicFeature;
const settings: ClinicSettings = {
  name: 'Riverside',
  address: '12 Main St',
  phone: null,
  logoUrl: null,
  version: 2,
};
const loaded: ClinicState = { ...initialClinicState, settings };
const request = { name: 'Riverside', address: null, phone: null, version: 2 };
const stale: ApiError = { error: 'stale_version', message: 'Someone saved first.' };

describe('clinic reducer', () => {
  it('returns the same state object for an unknown action', () => {
    expect(reducer(loaded, { type: '[Elsewhere] Something' })).toBe(loaded);
  });

  it('starts afresh when the page opens', () => {
    expect(reducer(loaded, clinicPageActions.opened())).toEqual(initialClinicState);
  });

  it('keeps the clinic when it loads, and why it did not', () => {
    expect(reducer(initialClinicState, clinicApiActions.loadSucceeded({ settings })).settings).toBe(
      settings,
    );
    const error: ApiError = { error: 'network_error', message: 'Offline.' };
    expect(reducer(initialClinicState, clinicApiActions.loadFailed({ error })).loadError).toBe(
      error,
    );
  });

  it('follows a save from submitted to saved', () => {
    const saving = reducer(loaded, clinicPageActions.saveSubmitted({ request }));
    expect(saving.save.status).toBe('saving');
    const next = { ...settings, version: 3 };
    const saved = reducer(saving, clinicApiActions.saveSucceeded({ settings: next }));
    expect(saved.save.status).toBe('saved');
    expect(saved.settings).toBe(next);
  });

  it('keeps field messages of a rejected save', () => {
    const error: ApiError = {
      error: 'validation_failed',
      message: 'Check.',
      fields: { phone: ['x'] },
    };
    expect(reducer(loaded, clinicApiActions.saveFailed({ error })).save).toEqual({
      status: 'failed',
      error,
      current: null,
    });
  });

  it('holds their version after a stale save until the manager takes it', () => {
    const current = { ...settings, name: 'Riverside Physio', version: 3 };
    const conflicted = reducer(loaded, clinicApiActions.saveStale({ error: stale, current }));
    expect(conflicted.save).toEqual({ status: 'stale', error: stale, current });
    expect(conflicted.settings).toBe(settings);
    const taken = reducer(conflicted, clinicPageActions.savedVersionTaken());
    expect(taken.settings).toBe(current);
    expect(taken.save.status).toBe('idle');
  });

  it('changes only the logo when a logo is saved or removed, and says so', () => {
    const editedElsewhere = {
      ...settings,
      name: 'Other',
      version: 9,
      logoUrl: '/api/clinic/logos/1',
    };
    const busy = reducer(loaded, clinicPageActions.logoChosen({ file: new File([], 'logo.png') }));
    expect(busy.logo.status).toBe('busy');
    const saved = reducer(busy, clinicApiActions.logoSaved({ settings: editedElsewhere }));
    expect(saved.settings).toEqual({ ...settings, logoUrl: '/api/clinic/logos/1' });
    expect(saved.logo).toEqual({ status: 'done', message: 'Logo saved. New handouts print it.' });
    const removed = reducer(
      saved,
      clinicApiActions.logoRemoved({ settings: { ...editedElsewhere, logoUrl: null } }),
    );
    expect(removed.settings?.logoUrl).toBeNull();
    expect(removed.logo.message).toBe('Logo removed. New handouts print no logo.');
  });

  it('says why a logo was refused', () => {
    const error: ApiError = { error: 'invalid_image', message: 'Not a PNG or JPEG.' };
    expect(reducer(loaded, clinicApiActions.logoFailed({ error })).logo).toEqual({
      status: 'failed',
      message: 'Not a PNG or JPEG.',
    });
  });
});
