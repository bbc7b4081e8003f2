import { Routes } from '@angular/router';
import { authGuard, signedOutGuard } from './core/auth/auth-guard';

// Both halves load lazily: the initial bundle holds only the router, the store and auth, so the
// sign-in page appears fast and Material's layout code arrives with the shell.
export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Stride Rx',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./core/sign-in-page/sign-in-page').then((m) => m.SignInPage),
  },
  {
    // Outside the shell: what prints is the handout alone, with no navigation around it.
    path: 'patients/:id/handouts/:handoutId/print',
    title: 'Handout · Stride Rx',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./handouts/handout-print-page/handout-print-page').then((m) => m.HandoutPrintPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('./core/shell/shell.routes'),
  },
];
