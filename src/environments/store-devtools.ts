import { EnvironmentProviders } from '@angular/core';

/**
 * Production: no Redux DevTools. The development build swaps this file for
 * store-devtools.development.ts (angular.json fileReplacements), so @ngrx/store-devtools never
 * reaches the production bundle — an isDevMode() check would still ship the code.
 */
export const storeDevtools: EnvironmentProviders[] = [];
