import * as z from 'zod';
import { displayName, emailAddress, newPassword, role } from './users';

export const teamMember = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role,
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TeamMember = z.infer<typeof teamMember>;

export const teamList = z.object({ members: z.array(teamMember) });
export type TeamList = z.infer<typeof teamList>;

export const createTeamMemberRequest = z.object({
  email: emailAddress,
  displayName,
  role: role.default('therapist'),
  password: newPassword,
});
export type CreateTeamMemberRequest = z.input<typeof createTeamMemberRequest>;

export const resetPasswordRequest = z.object({ password: newPassword });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequest>;

export const setActiveRequest = z.object({ active: z.boolean({ error: 'Say whether the account is active.' }) });
export type SetActiveRequest = z.infer<typeof setActiveRequest>;

export const teamMemberParams = z.object({ id: z.uuid({ error: 'Unknown team member.' }) });

/** Whom a patient can be assigned to: the clinic's active therapists, by name (any signed-in user; names only). */
export const therapistList = z.object({
  therapists: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type TherapistList = z.infer<typeof therapistList>;
