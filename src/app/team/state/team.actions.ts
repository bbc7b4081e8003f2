import type { ApiError } from '@domain/contracts/api-error';
import type { CreateTeamMemberRequest, TeamMember } from '@domain/contracts/team';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const teamPageActions = createActionGroup({
  source: 'Team Page',
  events: {
    Opened: emptyProps(),
    'Add Member Opened': emptyProps(),
    'Add Member Submitted': props<{ request: CreateTeamMemberRequest }>(),
    'Status Change Confirmed': props<{ member: TeamMember; active: boolean }>(),
    'Password Reset Opened': emptyProps(),
    'Password Reset Submitted': props<{ member: TeamMember; password: string }>(),
  },
});

export const teamApiActions = createActionGroup({
  source: 'Team API',
  events: {
    'Load Succeeded': props<{ members: TeamMember[] }>(),
    'Load Failed': props<{ error: ApiError }>(),
    'Add Succeeded': props<{ member: TeamMember }>(),
    'Add Failed': props<{ error: ApiError }>(),
    'Status Change Succeeded': props<{ member: TeamMember }>(),
    'Status Change Failed': props<{ error: ApiError }>(),
    'Password Reset Succeeded': props<{ member: TeamMember }>(),
    'Password Reset Failed': props<{ error: ApiError }>(),
  },
});
