import type { ApiError } from '@domain/contracts/api-error';
import { runningApiActions } from './running.actions';

export const runningNoticeActions = [
  runningApiActions.planLoadFailed,
  runningApiActions.runsLoadFailed,
  runningApiActions.versionsLoadFailed,
  runningApiActions.planCreateSucceeded,
  runningApiActions.planCreateFailed,
  runningApiActions.planSaveSucceeded,
  runningApiActions.planSaveFailed,
  runningApiActions.runCreateSucceeded,
  runningApiActions.runCreateFailed,
  runningApiActions.runUpdateSucceeded,
  runningApiActions.runUpdateFailed,
  runningApiActions.runDeleteSucceeded,
  runningApiActions.runDeleteFailed,
] as const;

type RunningNoticeAction = ReturnType<(typeof runningNoticeActions)[number]>;

/**
 * What the snackbar says after a running API call. A rejected save with field messages says nothing here (the
 * messages stand beside the fields), nor does a stale one (the tab shows both versions and asks); any other failed
 * save is said here too, while the form keeps what was typed and offers Retry.
 */
export function runningNotice(action: RunningNoticeAction): string | undefined {
  switch (action.type) {
    case runningApiActions.planLoadFailed.type:
      return `Couldn't load the running plan. ${action.error.message}`;
    case runningApiActions.runsLoadFailed.type:
      return `Couldn't load the run log. ${action.error.message}`;
    case runningApiActions.versionsLoadFailed.type:
      return `Couldn't load the plan's history. ${action.error.message}`;
    case runningApiActions.planCreateSucceeded.type:
      return 'The running plan was made.';
    case runningApiActions.planSaveSucceeded.type:
      return `The running plan was saved as version ${action.plan.version}.`;
    case runningApiActions.runCreateSucceeded.type:
      return 'The run was logged.';
    case runningApiActions.runUpdateSucceeded.type:
      return 'The run was saved.';
    case runningApiActions.runDeleteSucceeded.type:
      return 'The run was deleted.';
    case runningApiActions.runDeleteFailed.type:
      return `Couldn't delete the run. ${action.error.message}`;
    case runningApiActions.planCreateFailed.type:
    case runningApiActions.planSaveFailed.type:
      return saveFailure('the running plan', action.error, action.current !== null);
    case runningApiActions.runCreateFailed.type:
      return saveFailure('the run', action.error, false);
    case runningApiActions.runUpdateFailed.type:
      return saveFailure('the run', action.error, action.current !== null);
  }
}

function saveFailure(what: string, error: ApiError, stale: boolean): string | undefined {
  return stale || error.fields ? undefined : `Couldn't save ${what}. ${error.message}`;
}
