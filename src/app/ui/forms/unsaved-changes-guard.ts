import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { map } from 'rxjs';
import { DiscardChangesDialog } from './discard-changes-dialog';

/** A routed page with a form the user may leave half-done. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
  /** The user chose to leave without saving: forget any kept draft. */
  discardChanges(): void;
}

/**
 * Asks before leaving unsaved changes, and forgets them only when the user says so. The way to
 * sign-in is always open: an expired session must not trap the user, and the kept draft is offered
 * again after signing back in.
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (
  page,
  _route,
  _state,
  next,
) => {
  if (!page.hasUnsavedChanges() || next.url.startsWith('/sign-in')) return true;
  return inject(MatDialog)
    .open<DiscardChangesDialog, unknown, boolean>(DiscardChangesDialog, {
      width: '440px',
      maxWidth: 'calc(100vw - 32px)',
    })
    .afterClosed()
    .pipe(
      map((discard) => {
        if (discard === true) page.discardChanges();
        return discard === true;
      }),
    );
};
