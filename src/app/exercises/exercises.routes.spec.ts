import { UrlSegment } from '@angular/router';
import routes, { libraryMatcher } from './exercises.routes';

const segments = (...paths: string[]) => paths.map((path) => new UrlSegment(path, {}));

describe('exercises routes', () => {
  it('shows the library at /exercises and with one exercise open at /exercises/:id', () => {
    expect(libraryMatcher([])).toEqual({ consumed: [] });
    const open = segments('goblet-squat');
    expect(libraryMatcher(open)).toEqual({ consumed: open, posParams: { id: open[0] } });
    expect(libraryMatcher(segments('goblet-squat', 'history'))).toBeNull();
  });

  it('matches New exercise and Edit before an exercise id, and guards unsaved work', () => {
    const children = routes[0].children;
    expect(children.map((route) => route.path ?? 'library')).toEqual([
      'new',
      ':id/edit',
      'library',
    ]);
    expect(children[2].title).toBe('Exercise library · Stride Rx');
    expect(children[0].canDeactivate?.length).toBe(1);
    expect(children[1].canDeactivate?.length).toBe(1);
  });
});
