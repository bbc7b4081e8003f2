import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ActivatedRouteSnapshot,
  GuardResult,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import type { CurrentUser } from '@domain/contracts/auth';
import { provideMockStore } from '@ngrx/store/testing';
import { manager, therapist } from '../../../testing/sample-users';
import { RoleRestriction, isAllowed, roleGuard } from './role-guard';
import { initialAuthState } from './state/auth.feature';

const managersOnly: RoleRestriction = {
  roles: ['manager'],
  refusal: 'Team is for clinic managers.',
};

describe('roleGuard', () => {
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  function run(user: CurrentUser, restriction?: RoleRestriction): GuardResult {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { auth: { ...initialAuthState, status: 'signedIn', user } },
        }),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const route = { data: restriction ? { restriction } : {} } as unknown as ActivatedRouteSnapshot;
    return TestBed.runInInjectionContext(
      () => roleGuard(route, {} as RouterStateSnapshot) as GuardResult,
    );
  }

  it('lets a manager open a managers-only page', () => {
    expect(run(manager, managersOnly)).toBeTrue();
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('sends a therapist home and tells them why', () => {
    const result = run(therapist, managersOnly) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(result)).toBe('/');
    expect(snackBar.open).toHaveBeenCalledWith('Team is for clinic managers.', 'Dismiss', {
      duration: 6000,
    });
  });

  it('lets anyone open a page without a restriction', () => {
    expect(run(therapist)).toBeTrue();
  });
});

describe('isAllowed', () => {
  it('reads the restriction from route data', () => {
    const route = { data: { restriction: managersOnly } };
    expect(isAllowed(route, 'manager')).toBeTrue();
    expect(isAllowed(route, 'therapist')).toBeFalse();
    expect(isAllowed({}, 'therapist')).toBeTrue();
  });
});
