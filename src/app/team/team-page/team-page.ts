import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  TemplateRef,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { CreateTeamMemberRequest, TeamMember } from '@domain/contracts/team';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { AddMemberForm } from '../add-member-form/add-member-form';
import { ChangeStatusDialog } from '../change-status-dialog/change-status-dialog';
import { ResetPasswordDialog } from '../reset-password-dialog/reset-password-dialog';
import { teamPageActions } from '../state/team.actions';
import { teamFeature } from '../state/team.feature';
import { TeamTable } from '../team-table/team-table';

@Component({
  selector: 'app-team-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    AddMemberForm,
    ChangeStatusDialog,
    ResetPasswordDialog,
    TeamTable,
  ],
  templateUrl: './team-page.html',
  styleUrl: './team-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly addMemberDialog = viewChild.required<TemplateRef<unknown>>('addMemberDialog');
  private readonly statusDialog = viewChild.required<TemplateRef<unknown>>('statusDialog');
  private readonly passwordDialog = viewChild.required<TemplateRef<unknown>>('passwordDialog');
  private openDialog: MatDialogRef<unknown> | undefined;

  protected readonly members = this.store.selectSignal(teamFeature.selectMembers);
  protected readonly loading = this.store.selectSignal(teamFeature.selectLoading);
  protected readonly submission = this.store.selectSignal(teamFeature.selectSubmission);
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  /** Whom the open status or password dialog is about. */
  protected readonly selected = signal<TeamMember | undefined>(undefined);

  constructor() {
    this.store.dispatch(teamPageActions.opened());
    effect(() => {
      if (this.submission().status === 'saved') this.openDialog?.close();
    });
    // Dialogs live outside the page: leaving it (e.g. the session expired) must not leave one open.
    inject(DestroyRef).onDestroy(() => this.openDialog?.close());
  }

  protected openAddMember(): void {
    this.store.dispatch(teamPageActions.addMemberOpened());
    this.open(this.addMemberDialog());
  }

  protected addMember(request: CreateTeamMemberRequest): void {
    this.store.dispatch(teamPageActions.addMemberSubmitted({ request }));
  }

  protected confirmStatusChange(member: TeamMember): void {
    this.open(this.statusDialog(), member);
  }

  protected changeStatus(member: TeamMember): void {
    this.store.dispatch(teamPageActions.statusChangeConfirmed({ member, active: !member.active }));
  }

  protected openPasswordReset(member: TeamMember): void {
    this.store.dispatch(teamPageActions.passwordResetOpened());
    this.open(this.passwordDialog(), member);
  }

  protected resetPassword(member: TeamMember, password: string): void {
    this.store.dispatch(teamPageActions.passwordResetSubmitted({ member, password }));
  }

  private open(template: TemplateRef<unknown>, member?: TeamMember): void {
    this.selected.set(member);
    const dialog = this.dialog.open(template, { width: '440px', maxWidth: 'calc(100vw - 32px)' });
    this.openDialog = dialog;
    // Forget a dialog the user closed, so a late 'saved' cannot close the next one.
    dialog.afterClosed().subscribe(() => {
      if (this.openDialog === dialog) this.openDialog = undefined;
    });
  }
}
