import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChip } from '@angular/material/chips';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import type { TeamMember } from '@domain/contracts/team';
import { RoleLabelPipe } from '../../ui/role-label-pipe';

@Component({
  selector: 'app-team-table',
  imports: [
    MatButton,
    MatCell,
    MatCellDef,
    MatChip,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatTable,
    MatTooltip,
    RoleLabelPipe,
  ],
  templateUrl: './team-table.html',
  styleUrl: './team-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamTable {
  readonly members = input.required<readonly TeamMember[]>();
  /** The signed-in manager, who may not deactivate their own account. */
  readonly currentUserId = input<string>();
  readonly statusChangeRequested = output<TeamMember>();
  readonly passwordResetRequested = output<TeamMember>();

  protected readonly columns = ['displayName', 'email', 'role', 'status', 'actions'];
  protected readonly ownAccountNote = "You can't deactivate your own account. Another manager can.";

  protected requestStatusChange(member: TeamMember): void {
    // The own-account button stays focusable (disabledInteractive) so its tooltip can explain
    // why; a disabled-interactive button still receives clicks.
    if (member.id !== this.currentUserId()) this.statusChangeRequested.emit(member);
  }
}
