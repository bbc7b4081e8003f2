import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

export interface DeleteRunData {
  /** "Nov 17, 2026" */
  day: string;
  /** "19.6 mi" */
  distance: string;
}

/** Asked before a run is deleted; closes with `true` to delete it. */
@Component({
  selector: 'app-delete-run-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  template: `
    <h2 mat-dialog-title>Delete the run of {{ data.day }}?</h2>
    <mat-dialog-content>
      <p>
        The {{ data.distance }} run and its pain scores leave the log, and the weekly totals, flags and chart
        change with it.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>Keep the run</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">Delete run</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteRunDialog {
  protected readonly data = inject<DeleteRunData>(MAT_DIALOG_DATA);
}
