import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { TeamMember } from '@domain/contracts/team';

/** Asks before deactivating (which ends the member's sessions at once) or reactivating. */
@Component({
  selector: 'app-change-status-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  templateUrl: './change-status-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeStatusDialog {
  readonly member = input.required<TeamMember>();
  readonly confirmed = output();
}
