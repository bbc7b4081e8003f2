import { createSelector } from '@ngrx/store';
import { getRouterSelectors } from '@ngrx/router-store';
import { safeReturnUrl } from '../return-url';

const { selectQueryParam } = getRouterSelectors();

/** Where to go after signing in: the sign-in page's `returnUrl`, if it is one of our own pages. */
export const selectReturnUrl = createSelector(selectQueryParam('returnUrl'), safeReturnUrl);
