import {
  defaultListQuery,
  isFiltered,
  listQueryFromParams,
  toApiParams,
  toQueryParams,
  withChanges,
} from './patient-list-query';

describe('patient list query', () => {
  const searched = {
    ...defaultListQuery,
    page: 3,
    sort: 'updatedAt' as const,
    direction: 'desc' as const,
    status: ['active' as const, 'on_hold' as const],
    diagnosis: ['itbs' as const],
    therapistId: '9d1f2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
    q: 'silva',
  };

  it('survives a round trip through the address bar', () => {
    expect(listQueryFromParams(toQueryParams(searched))).toEqual(searched);
  });

  it('keeps a plain list at a plain URL', () => {
    expect(toQueryParams(defaultListQuery)).toEqual({});
  });

  it('falls back to the defaults for hand-typed nonsense', () => {
    const query = listQueryFromParams({
      page: '-2',
      sort: 'age',
      direction: 'up',
      status: 'active,gone',
      diagnosis: 'broken',
    });
    expect(query).toEqual({ ...defaultListQuery, status: ['active'] });
  });

  it('lists filter values in the order the clinic knows them', () => {
    expect(listQueryFromParams({ status: 'discharged,active' }).status).toEqual([
      'active',
      'discharged',
    ]);
  });

  it('asks the API for exactly the page on screen', () => {
    expect(toApiParams(searched).toString()).toBe(
      'page=3&pageSize=50&sort=updatedAt&direction=desc&status=active,on_hold&diagnosis=itbs' +
        '&therapistId=9d1f2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f&q=silva',
    );
    expect(toApiParams(defaultListQuery).toString()).toBe(
      'page=1&pageSize=50&sort=name&direction=asc',
    );
  });

  it('starts at page 1 when the search or a filter changes', () => {
    expect(withChanges(searched, { q: 'ana' }).page).toBe(1);
    expect(withChanges(searched, { page: 4 }).page).toBe(4);
  });

  it('knows when the list is narrowed', () => {
    expect(isFiltered(defaultListQuery)).toBeFalse();
    expect(isFiltered({ ...defaultListQuery, q: '  ' })).toBeFalse();
    expect(isFiltered({ ...defaultListQuery, diagnosis: ['other'] })).toBeTrue();
  });
});
