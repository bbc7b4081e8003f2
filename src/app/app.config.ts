import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { storeDevtools } from '../environments/store-devtools';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth-interceptor';
import * as authEffects from './core/auth/state/auth.effects';
import { authFeature } from './core/auth/state/auth.feature';
import { clearStateOnSignOut } from './core/auth/state/clear-state-on-sign-out';

// Zoneless change detection is Angular 21's default: no zone.js is loaded.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    provideStore({ router: routerReducer }, { metaReducers: [clearStateOnSignOut] }),
    provideRouterStore(),
    provideState(authFeature),
    provideEffects(authEffects),
    storeDevtools,
  ],
};
