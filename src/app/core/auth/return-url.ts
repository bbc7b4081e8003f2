const home = '/';

/**
 * A `returnUrl` from the address bar is untrusted: only a path inside Stride Rx passes, so a
 * crafted sign-in link cannot send a therapist to another site (`//evil.example`) or back to
 * sign-in.
 */
export function safeReturnUrl(returnUrl: unknown): string {
  if (typeof returnUrl !== 'string') return home;
  const ownPath =
    returnUrl.startsWith('/') && !returnUrl.startsWith('//') && !returnUrl.startsWith('/\\');
  return ownPath && !returnUrl.startsWith('/sign-in') ? returnUrl : home;
}
