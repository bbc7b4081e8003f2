import {
  defaultView,
  patientsParams,
  toApiParams,
  toViewParams,
  viewFromParams,
} from './caseload-view';

const priya = '00000000-0000-4000-8000-000000000001';

describe('caseload view', () => {
  it('reads the address bar and writes it back without defaults', () => {
    const params = {
      from: '2026-09-07',
      to: '2026-11-29',
      therapistId: priya,
      diagnosis: 'itbs,patellofemoral_pain',
      status: 'active',
    };
    const view = viewFromParams(params);
    expect(view).toEqual({
      from: '2026-09-07',
      to: '2026-11-29',
      therapistId: priya,
      // In the contract's order, whatever order the address had.
      diagnosis: ['patellofemoral_pain', 'itbs'],
      status: ['active'],
    });
    expect(toViewParams(view)).toEqual({ ...params, diagnosis: 'patellofemoral_pain,itbs' });
    expect(toViewParams(defaultView)).toEqual({});
  });

  it('falls back to the default for what it does not know', () => {
    expect(viewFromParams({ from: 'yesterday', diagnosis: 'gout', status: 'busy,active' })).toEqual(
      {
        ...defaultView,
        status: ['active'],
      },
    );
  });

  it('sends the view to the API as its query string', () => {
    const view = { ...defaultView, from: '2026-09-07', status: ['discharged' as const] };
    expect(toApiParams(view).toString()).toBe('from=2026-09-07&status=discharged');
  });

  it('opens the Patients page with the view’s filters narrowed to the bar', () => {
    const view = { ...defaultView, from: '2026-09-07', diagnosis: ['itbs' as const] };
    expect(
      patientsParams(view, { therapistId: priya, diagnosis: 'meniscus_nonop', status: ['active'] }),
    ).toEqual({
      therapistId: priya,
      diagnosis: 'meniscus_nonop',
      status: 'active',
    });
    expect(patientsParams(view, { sort: 'startDate', direction: 'desc' })).toEqual({
      diagnosis: 'itbs',
      sort: 'startDate',
      direction: 'desc',
    });
  });
});
