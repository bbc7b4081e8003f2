import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CanActivateFn, Data, Router } from '@angular/router';
import type { Role } from '@domain/contracts/users';
import { Store } from '@ngrx/store';
import { authFeature } from './state/auth.feature';

/**
 * Route data (`data: { restriction }`) for a page only some roles may open. The shell's navigation
 * reads the same data, so a link shows exactly when the guard would let the user through.
 */
export interface RoleRestriction {
  roles: readonly Role[];
  /** Told to anyone else who types the address, e.g. "Team is for clinic managers." */
  refusal: string;
}

export function roleRestriction(route: { data?: Data }): RoleRestriction | undefined {
  return route.data?.['restriction'] as RoleRestriction | undefined;
}

export function isAllowed(route: { data?: Data }, role: Role): boolean {
  return roleRestriction(route)?.roles.includes(role) ?? true;
}

export const roleGuard: CanActivateFn = (route) => {
  const user = inject(Store).selectSignal(authFeature.selectUser)();
  const snackBar = inject(MatSnackBar);
  const router = inject(Router);
  const restriction = roleRestriction(route);
  if (!restriction || (user && restriction.roles.includes(user.role))) return true;
  snackBar.open(restriction.refusal, 'Dismiss', { duration: 6000 });
  return router.createUrlTree(['/']);
};
