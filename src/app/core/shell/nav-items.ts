import { Routes } from '@angular/router';
import type { Role } from '@domain/contracts/users';
import { isAllowed } from '../auth/role-guard';

export interface NavItem {
  label: string;
  /** The shell child route the item opens. */
  path: string;
  /** A Material Symbols name. */
  icon: string;
  /** The label for some roles, where the page shows them something narrower (a therapist's own caseload). */
  labelFor?: Partial<Record<Role, string>>;
}

/**
 * Every destination Stride Rx plans, in menu order. An item appears only once its route exists
 * among the shell's children — no placeholder pages — and only to the roles that route's
 * restriction lets in. A later feature adds its route, not a menu entry.
 */
export const navItems: readonly NavItem[] = [
  { label: 'Patients', path: 'patients', icon: 'group' },
  { label: 'Exercise library', path: 'exercises', icon: 'fitness_center' },
  {
    label: 'Caseload',
    path: 'caseload',
    icon: 'monitoring',
    labelFor: { therapist: 'My caseload' },
  },
  { label: 'Team', path: 'team', icon: 'badge' },
  { label: 'Clinic', path: 'clinic', icon: 'store' },
];

export function visibleNavItems(items: readonly NavItem[], routes: Routes, role: Role): NavItem[] {
  return items
    .filter((item) => {
      const route = routes.find((candidate) => candidate.path === item.path);
      return route !== undefined && isAllowed(route, role);
    })
    .map((item) => ({ ...item, label: item.labelFor?.[role] ?? item.label }));
}
