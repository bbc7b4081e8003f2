import { selectReturnUrl } from './auth.selectors';

describe('selectReturnUrl', () => {
  const project = selectReturnUrl.projector;

  it('returns the returnUrl query parameter for a page inside Stride Rx', () => {
    expect(project('/team?tab=inactive')).toBe('/team?tab=inactive');
  });

  it('falls back to home without a returnUrl', () => {
    expect(project(undefined)).toBe('/');
  });
});
