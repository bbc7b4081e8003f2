import { catalogueExercise } from '../exercises/catalogue';
import { altText } from './alt-text';
import { catalogueIllustrations } from './exercise-illustrations';

describe('altText', () => {
  const textFor = (id: string) => altText(catalogueExercise(id)!, catalogueIllustrations[id]);

  it('reads the start position from the pose and ends with the movement', () => {
    expect(textFor('glute-bridge')).toBe(
      'Glute bridge, start and end positions. Lying on back, knees bent; lift the hips until the body is straight from shoulders to knees.',
    );
  });

  it('names the equipment and a one-legged start', () => {
    expect(textFor('ball-hamstring-curl')).toContain('heels on an exercise ball');
    expect(textFor('single-leg-calf-raise')).toContain('Standing, one knee bent, on one leg');
    expect(textFor('straight-leg-raise')).toContain('Lying on back, one knee bent;');
  });
});
