import {
  defaultLibraryQuery,
  isFiltered,
  libraryQueryFromParams,
  toExerciseFilter,
  toQueryParams,
  withoutFilters,
} from './library-query';

describe('library query', () => {
  it('reads every filter from the address bar', () => {
    expect(
      libraryQueryFromParams({
        q: ' squat ',
        muscleGroup: 'quadriceps,hip_extensors',
        equipment: 'none,band',
        difficulty: '1,2',
        suitableFor: 'meniscus_nonop',
        cautioned: 'show',
        origin: 'custom',
      }),
    ).toEqual({
      q: 'squat',
      muscleGroup: ['quadriceps', 'hip_extensors'],
      equipment: ['none', 'band'],
      difficulty: [1, 2],
      suitableFor: 'meniscus_nonop',
      showCautioned: true,
      origin: 'custom',
    });
  });

  it('shows the whole library for a plain address', () => {
    expect(libraryQueryFromParams({})).toEqual(defaultLibraryQuery);
  });

  it('ignores a hand-typed value the contract refuses, keeping the rest', () => {
    expect(
      libraryQueryFromParams({
        muscleGroup: 'biceps',
        difficulty: '9',
        suitableFor: 'flu',
        origin: 'borrowed',
        equipment: 'band',
      }),
    ).toEqual({ ...defaultLibraryQuery, equipment: ['band'] });
  });

  it('lists the cautioned exercises only with a diagnosis chosen', () => {
    expect(libraryQueryFromParams({ cautioned: 'show' }).showCautioned).toBeFalse();
  });

  it('writes only what differs from the whole library, so it has a plain address', () => {
    expect(toQueryParams(defaultLibraryQuery)).toEqual({});
    expect(
      toQueryParams({
        ...defaultLibraryQuery,
        q: ' bridge ',
        muscleGroup: ['hamstrings'],
        difficulty: [2, 3],
        suitableFor: 'itbs',
        showCautioned: true,
      }),
    ).toEqual({
      q: 'bridge',
      muscleGroup: 'hamstrings',
      difficulty: '2,3',
      suitableFor: 'itbs',
      cautioned: 'show',
    });
  });

  it('reads back what it writes', () => {
    const query = {
      ...defaultLibraryQuery,
      equipment: ['wall' as const],
      suitableFor: 'patellar_tendinopathy' as const,
      origin: 'catalogue' as const,
    };
    expect(libraryQueryFromParams(toQueryParams(query))).toEqual(query);
  });

  it('hands the search and filters to filterExercises, diagnosis and origin apart', () => {
    const query = {
      ...defaultLibraryQuery,
      q: 'squat',
      difficulty: [3],
      suitableFor: 'itbs' as const,
      origin: 'custom' as const,
    };
    expect(toExerciseFilter(query)).toEqual({
      q: 'squat',
      muscleGroup: [],
      equipment: [],
      difficulty: [3],
    });
  });

  it('knows a narrowed list, and clears the filters but not the search', () => {
    expect(isFiltered(defaultLibraryQuery)).toBeFalse();
    expect(isFiltered({ ...defaultLibraryQuery, origin: 'custom' })).toBeTrue();
    expect(isFiltered({ ...defaultLibraryQuery, q: 'lunge' })).toBeTrue();
    const narrowed = { ...defaultLibraryQuery, q: 'lunge', equipment: ['dumbbell' as const] };
    expect(withoutFilters(narrowed)).toEqual({ ...defaultLibraryQuery, q: 'lunge' });
  });
});
