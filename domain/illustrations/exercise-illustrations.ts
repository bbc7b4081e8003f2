import { catalogueExercise } from '../exercises/catalogue';
import type { Exercise } from '../exercises/exercise';
import { altText } from './alt-text';
import { highlightedSegments } from './highlight';
import type { Illustration } from './illustration';
import { calfTrunkIllustrations } from './poses-calf-trunk';
import { glutesHipIllustrations } from './poses-glutes-hip';
import { hamstringIllustrations } from './poses-hamstrings';
import { quadricepsIllustrations } from './poses-quadriceps';
import { renderIllustrationSvg } from './render-svg';

/** Every catalogue exercise's start and end position, by exercise id. */
export const catalogueIllustrations: Readonly<Record<string, Illustration>> = {
  ...quadricepsIllustrations,
  ...hamstringIllustrations,
  ...glutesHipIllustrations,
  ...calfTrunkIllustrations,
};

/** What the picture needs from an exercise: a custom one is drawn from the catalogue exercise it is based on. */
export type IllustratedExercise = Pick<
  Exercise,
  'id' | 'name' | 'position' | 'primaryMuscles' | 'laterality'
> & {
  readonly basedOn?: string | null;
};

export interface DrawnExercise {
  readonly svg: string;
  readonly alt: string;
}

/** The pose data that draws an exercise: its own, or its base catalogue exercise's; undefined when there is none. */
export function illustrationOf(exercise: IllustratedExercise): Illustration | undefined {
  return (
    catalogueIllustrations[exercise.id] ??
    (exercise.basedOn ? catalogueIllustrations[exercise.basedOn] : undefined)
  );
}

/**
 * The exercise's picture as SVG text plus its text alternative. A custom exercise keeps its own name and
 * muscles (so its alt text and highlight are its own) on its base exercise's poses; `mirror` draws it facing left.
 */
export function drawExercise(
  exercise: IllustratedExercise,
  options: { readonly mirror?: boolean } = {},
): DrawnExercise | undefined {
  const illustration = illustrationOf(exercise);
  if (!illustration) return undefined;
  const base = exercise.basedOn ? catalogueExercise(exercise.basedOn) : undefined;
  const alt = altText(
    { name: exercise.name, position: base?.position ?? exercise.position },
    illustration,
  );
  const svg = renderIllustrationSvg(illustration, {
    alt,
    mirror: options.mirror,
    highlight: highlightedSegments(exercise, illustration.working),
  });
  return { svg, alt };
}
