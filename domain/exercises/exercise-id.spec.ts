import { exerciseId, isSlug } from './exercise-id';

describe('exercise ids', () => {
  it('are lower-case words joined by single hyphens', () => {
    expect(isSlug('single-leg-bridge')).toBeTrue();
    expect(isSlug('step-up')).toBeTrue();
    for (const bad of [
      'Step-up',
      'step--up',
      '-step',
      'step-',
      'step up',
      'step_up',
      '',
      'x'.repeat(61),
    ]) {
      expect(isSlug(bad)).withContext(bad).toBeFalse();
    }
  });

  it("also fit a custom exercise's uuid", () => {
    expect(exerciseId.safeParse('3f2b8c1e-9a4d-4c6e-8b1f-2d7e5a9c0b13').success).toBeTrue();
  });

  it('answer any other text with "Unknown exercise."', () => {
    expect(exerciseId.safeParse('DROP TABLE').error?.issues[0].message).toBe('Unknown exercise.');
  });
});
