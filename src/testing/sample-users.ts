import type { CurrentUser } from '@domain/contracts/auth';
import type { TeamMember } from '@domain/contracts/team';

export const manager: CurrentUser = {
  id: '5b0c5c6e-8f2a-4a51-9c1e-1f6f1c2b9a01',
  email: 'manager@demo.test',
  displayName: 'Maria Lopez',
  role: 'manager',
  clinic: { id: '0e9a7a43-3b5d-4c8e-8a3e-6d7c5b4a3f21', name: 'Demo Clinic' },
};

export const therapist: CurrentUser = {
  ...manager,
  id: '9d1f2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
  email: 'therapist1@demo.test',
  displayName: 'Tom Reyes',
  role: 'therapist',
};

export function teamMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    id: therapist.id,
    email: therapist.email,
    displayName: therapist.displayName,
    role: 'therapist',
    active: true,
    createdAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}
