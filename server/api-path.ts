/** Where the API lives. Everything else on the server is the SPA. */
export const apiPrefix = '/api';

export function isApiPath(url: string): boolean {
  return url === apiPrefix || url.startsWith(`${apiPrefix}/`) || url.startsWith(`${apiPrefix}?`);
}
