import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../core/api/to-api-error';
import { TeamClient } from '../team-client';
import { teamNotice, teamNoticeActions } from './team-notices';
import { teamApiActions, teamPageActions } from './team.actions';

export const loadMembers = createEffect(
  (actions$ = inject(Actions), teamClient = inject(TeamClient)) => {
    return actions$.pipe(
      ofType(teamPageActions.opened),
      switchMap(() =>
        teamClient.members().pipe(
          map((members) => teamApiActions.loadSucceeded({ members })),
          catchError((failure: unknown) =>
            of(teamApiActions.loadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const addMember = createEffect(
  (actions$ = inject(Actions), teamClient = inject(TeamClient)) => {
    return actions$.pipe(
      ofType(teamPageActions.addMemberSubmitted),
      exhaustMap(({ request }) =>
        teamClient.add(request).pipe(
          map((member) => teamApiActions.addSucceeded({ member })),
          catchError((failure: unknown) =>
            of(teamApiActions.addFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

// concatMap, not exhaustMap: a manager deactivating two people in a row means both.
export const changeStatus = createEffect(
  (actions$ = inject(Actions), teamClient = inject(TeamClient)) => {
    return actions$.pipe(
      ofType(teamPageActions.statusChangeConfirmed),
      concatMap(({ member, active }) =>
        teamClient.setActive(member.id, active).pipe(
          map((updated) => teamApiActions.statusChangeSucceeded({ member: updated })),
          catchError((failure: unknown) =>
            of(teamApiActions.statusChangeFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const resetPassword = createEffect(
  (actions$ = inject(Actions), teamClient = inject(TeamClient)) => {
    return actions$.pipe(
      ofType(teamPageActions.passwordResetSubmitted),
      exhaustMap(({ member, password }) =>
        teamClient.resetPassword(member.id, password).pipe(
          map(() => teamApiActions.passwordResetSucceeded({ member })),
          catchError((failure: unknown) =>
            of(teamApiActions.passwordResetFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const showNotices = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar)) => {
    return actions$.pipe(
      ofType(...teamNoticeActions),
      map(teamNotice),
      filter((notice) => notice !== undefined),
      tap((notice) => snackBar.open(notice, 'Dismiss', { duration: 8000 })),
    );
  },
  { functional: true, dispatch: false },
);
