import type { Exercise } from './exercise';
import { calfTrunkExercises } from './catalogue-calf-trunk';
import { glutesHipExercises } from './catalogue-glutes-hip';
import { hamstringExercises } from './catalogue-hamstrings';
import { quadricepsExercises } from './catalogue-quadriceps';

/** The built-in exercises, read-only for every clinic, in the builder's section order. */
export const catalogue: readonly Exercise[] = [
  ...quadricepsExercises,
  ...hamstringExercises,
  ...glutesHipExercises,
  ...calfTrunkExercises,
];

const byId = new Map(catalogue.map((e) => [e.id, e]));

/** A catalogue exercise by id; undefined for an unknown id (or a clinic's custom exercise). */
export function catalogueExercise(id: string): Exercise | undefined {
  return byId.get(id);
}
