import { MAT_ICON_DEFAULT_OPTIONS } from '@angular/material/icon';
import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { RoleRestriction, roleGuard } from '../auth/role-guard';
import { NotFoundPage } from '../not-found-page/not-found-page';
import { Shell } from './shell';
import * as shellEffects from './shell.effects';

export default [
  {
    path: '',
    component: Shell,
    providers: [
      provideEffects(shellEffects),
      // Self-hosted Material Symbols (see styles.scss) instead of the Material Icons font. Provided
      // here rather than at the root so MatIcon stays out of the initial bundle.
      { provide: MAT_ICON_DEFAULT_OPTIONS, useValue: { fontSet: 'material-symbols-outlined' } },
    ],
    // The shell's navigation lists these children: a feature joins the menu by adding its route.
    children: [
      // Every session starts at the caseload: there is no separate home page.
      { path: '', pathMatch: 'full', redirectTo: 'patients' },
      {
        path: 'patients',
        loadChildren: () => import('../../patients/patients.routes'),
      },
      {
        path: 'exercises',
        loadChildren: () => import('../../exercises/exercises.routes'),
      },
      {
        // Managers see the clinic, therapists their own caseload: the API scopes the figures, not a guard.
        path: 'caseload',
        title: 'Caseload · Stride Rx',
        loadChildren: () => import('../../caseload/caseload.routes'),
      },
      {
        path: 'team',
        title: 'Team · Stride Rx',
        canActivate: [roleGuard],
        data: {
          restriction: {
            roles: ['manager'],
            refusal: 'Team is for clinic managers.',
          } satisfies RoleRestriction,
        },
        loadChildren: () => import('../../team/team.routes'),
      },
      {
        path: 'clinic',
        title: 'Clinic · Stride Rx',
        canActivate: [roleGuard],
        data: {
          restriction: {
            roles: ['manager'],
            refusal: "The clinic's details are for clinic managers.",
          } satisfies RoleRestriction,
        },
        loadChildren: () => import('../../clinic/clinic.routes'),
      },
      { path: '**', title: 'Page not found · Stride Rx', component: NotFoundPage },
    ],
  },
] satisfies Routes;
