import { sampleSummary } from '../../../testing/sample-caseload';
import { defaultView } from '../caseload-view';
import { caseloadApiActions, caseloadPageActions } from './caseload.actions';
import { caseloadFeature, initialCaseloadState } from './caseload.feature';

const { reducer } = caseloadFeature;

describe('caseload reducer', () => {
  it('returns the same state for an action it does not handle', () => {
    const action = { type: 'Unknown' };
    expect(reducer(initialCaseloadState, action)).toBe(initialCaseloadState);
  });

  it('keeps the last figures while a new view loads, and forgets an old error', () => {
    const shown = {
      ...initialCaseloadState,
      summary: sampleSummary(),
      error: { error: 'x', message: 'x' },
    };
    const view = { ...defaultView, status: ['active' as const] };
    const state = reducer(shown, caseloadPageActions.viewChanged({ view }));
    expect(state).toEqual({ ...shown, view, loading: true, error: null });
  });

  it('shows the figures that arrive', () => {
    const summary = sampleSummary();
    const state = reducer(
      { ...initialCaseloadState, loading: true },
      caseloadApiActions.loadSucceeded({ summary }),
    );
    expect(state.summary).toBe(summary);
    expect(state.loading).toBeFalse();
  });

  it('keeps the error of a failed load', () => {
    const error = {
      error: 'validation_failed',
      message: 'Check the range.',
      fields: { to: ['x'] },
    };
    const state = reducer(
      { ...initialCaseloadState, loading: true },
      caseloadApiActions.loadFailed({ error }),
    );
    expect(state.error).toBe(error);
    expect(state.loading).toBeFalse();
  });
});
