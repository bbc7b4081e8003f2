import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

/** Asked before leaving a form with unsaved changes; closes with `true` to discard them. */
@Component({
  selector: 'app-discard-changes-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  template: `
    <h2 mat-dialog-title>Discard unsaved changes?</h2>
    <mat-dialog-content>
      <p>You changed this form without saving. If you leave now, those changes are lost.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="true">Discard changes</button>
      <button mat-flat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        Keep editing
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscardChangesDialog {}
