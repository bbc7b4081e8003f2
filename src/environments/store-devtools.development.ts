import { EnvironmentProviders } from '@angular/core';
import { provideStoreDevtools } from '@ngrx/store-devtools';

/** Development builds only (see store-devtools.ts): time-travel debugging in Redux DevTools. */
export const storeDevtools: EnvironmentProviders[] = [
  provideStoreDevtools({ name: 'Stride Rx', maxAge: 50, trace: false }),
];
