import { exercisesApiActions } from './exercises.actions';

export const exerciseNoticeActions = [
  exercisesApiActions.exerciseLoadFailed,
  exercisesApiActions.createSucceeded,
  exercisesApiActions.updateSucceeded,
] as const;

type ExerciseNoticeAction = ReturnType<(typeof exerciseNoticeActions)[number]>;

/**
 * What the snackbar says after an exercises API call. Failures the page already explains where the
 * therapist is looking say nothing here: the library's failed load (with Retry), a failed or stale
 * save (the editor says why) and an unknown exercise ("No such exercise").
 */
export function exerciseNotice(action: ExerciseNoticeAction): string | undefined {
  switch (action.type) {
    case exercisesApiActions.exerciseLoadFailed.type:
      return action.error.error === 'not_found'
        ? undefined
        : `Couldn't load the exercise. ${action.error.message}`;
    case exercisesApiActions.createSucceeded.type:
      return `${action.exercise.name} was added to the library.`;
    case exercisesApiActions.updateSucceeded.type:
      return `${action.exercise.name} was saved.`;
  }
}
