import type { Exercise } from '../exercises/exercise';
import type { Side } from './body';

export type SegmentName =
  | 'trunk'
  | 'nearThigh'
  | 'nearShin'
  | 'farThigh'
  | 'farShin'
  | 'nearUpperArm'
  | 'nearForearm'
  | 'farUpperArm'
  | 'farForearm';

const thighMuscles = new Set([
  'quadriceps',
  'hamstrings',
  'hip_extensors',
  'hip_abductors',
  'hip_adductors',
  'hip_flexors',
]);

/**
 * The segments drawn as working: the thigh for the thigh and hip muscles, the shin for the calf, the trunk for
 * the trunk, on the working leg (both legs for a two-legged exercise).
 */
export function highlightedSegments(
  exercise: Pick<Exercise, 'primaryMuscles' | 'laterality'>,
  working: Side = 'near',
): ReadonlySet<SegmentName> {
  const sides: Side[] = exercise.laterality === 'bilateral' ? ['near', 'far'] : [working];
  const segments = new Set<SegmentName>();
  for (const muscle of exercise.primaryMuscles) {
    if (muscle === 'trunk') segments.add('trunk');
    for (const side of sides) {
      if (thighMuscles.has(muscle)) segments.add(`${side}Thigh`);
      if (muscle === 'calf') segments.add(`${side}Shin`);
    }
  }
  return segments;
}
