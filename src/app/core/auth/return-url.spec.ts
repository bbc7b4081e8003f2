import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside Stride Rx, with its query', () => {
    expect(safeReturnUrl('/team?page=2')).toBe('/team?page=2');
  });

  it('sends anything that is not a string home', () => {
    expect(safeReturnUrl(undefined)).toBe('/');
    expect(safeReturnUrl(['/team', '/other'])).toBe('/');
  });

  it('refuses other sites, including protocol-relative and backslash tricks', () => {
    expect(safeReturnUrl('https://evil.example/')).toBe('/');
    expect(safeReturnUrl('//evil.example/')).toBe('/');
    expect(safeReturnUrl('/\\evil.example/')).toBe('/');
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeReturnUrl('/sign-in?returnUrl=%2Fteam')).toBe('/');
  });
});
