import type { Exercise, ExerciseLookup } from './exercise';

/** Something wrong with the ladder links of a set of exercises, for the catalogue spec and custom-exercise checks. */
export interface LadderProblem {
  exerciseId: string;
  message: string;
}

/**
 * Ladders are chains: each exercise has at most one easier and one harder neighbour, the links agree both ways
 * (A's progression is B exactly when B's regression is A), every link names a known exercise and no chain loops.
 */
export function ladderProblems(exercises: readonly Exercise[]): LadderProblem[] {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const problems: LadderProblem[] = [];
  for (const e of exercises) {
    const harder = e.progressionId === null ? undefined : byId.get(e.progressionId);
    const easier = e.regressionId === null ? undefined : byId.get(e.regressionId);
    if (e.progressionId !== null && !harder) {
      problems.push({
        exerciseId: e.id,
        message: `progresses to unknown exercise ${e.progressionId}`,
      });
    } else if (harder && harder.regressionId !== e.id) {
      problems.push({
        exerciseId: e.id,
        message: `progresses to ${harder.id}, but ${harder.id} does not regress to it`,
      });
    }
    if (e.regressionId !== null && !easier) {
      problems.push({
        exerciseId: e.id,
        message: `regresses to unknown exercise ${e.regressionId}`,
      });
    } else if (easier && easier.progressionId !== e.id) {
      problems.push({
        exerciseId: e.id,
        message: `regresses to ${easier.id}, but ${easier.id} does not progress to it`,
      });
    }
    const seen = new Set([e.id]);
    for (
      let next = harder;
      next;
      next = next.progressionId === null ? undefined : byId.get(next.progressionId)
    ) {
      if (seen.has(next.id)) {
        problems.push({ exerciseId: e.id, message: `its progressions loop back to ${next.id}` });
        break;
      }
      seen.add(next.id);
    }
  }
  return problems;
}

/**
 * The whole ladder an exercise stands on, easiest first; just the exercise when it has no neighbours. Stops at a
 * link it cannot follow (unknown id) or has already followed (a loop), so a broken custom ladder still shows.
 */
export function ladderOf(exercise: Exercise, lookup: ExerciseLookup): Exercise[] {
  const seen = new Set([exercise.id]);
  const step = (from: Exercise, link: 'regressionId' | 'progressionId') => {
    const id = from[link];
    const next = id === null || seen.has(id) ? undefined : lookup(id);
    if (next) seen.add(next.id);
    return next;
  };
  const easier: Exercise[] = [];
  for (let e = step(exercise, 'regressionId'); e; e = step(e, 'regressionId')) easier.unshift(e);
  const harder: Exercise[] = [];
  for (let e = step(exercise, 'progressionId'); e; e = step(e, 'progressionId')) harder.push(e);
  return [...easier, exercise, ...harder];
}
