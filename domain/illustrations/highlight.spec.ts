import { highlightedSegments } from './highlight';

describe('highlightedSegments', () => {
  it('marks only the working thigh of a one-legged knee exercise', () => {
    const segments = highlightedSegments(
      { primaryMuscles: ['quadriceps'], laterality: 'unilateral' },
      'far',
    );
    expect([...segments]).toEqual(['farThigh']);
  });

  it('marks both shins for a two-legged calf exercise and the trunk for a trunk exercise', () => {
    expect([...highlightedSegments({ primaryMuscles: ['calf'], laterality: 'bilateral' })]).toEqual(
      ['nearShin', 'farShin'],
    );
    expect([
      ...highlightedSegments({ primaryMuscles: ['trunk'], laterality: 'unilateral' }),
    ]).toEqual(['trunk']);
  });
});
