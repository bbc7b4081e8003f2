import { Routes } from '@angular/router';
import { NavItem, navItems, visibleNavItems } from './nav-items';
import shellRoutes from './shell.routes';

const items: NavItem[] = [
  { label: 'Patients', path: 'patients', icon: 'group' },
  { label: 'Exercise library', path: 'exercises', icon: 'fitness_center' },
  { label: 'Caseload', path: 'caseload', icon: 'monitoring' },
  { label: 'Team', path: 'team', icon: 'badge' },
];

const managersOnly = { restriction: { roles: ['manager'], refusal: 'For managers.' } };

const routes: Routes = [
  { path: '', redirectTo: 'patients' },
  { path: 'patients' },
  { path: 'caseload', data: managersOnly },
  { path: 'team', data: managersOnly },
  { path: '**' },
];

describe('visibleNavItems', () => {
  it('shows a manager every item whose route exists', () => {
    expect(visibleNavItems(items, routes, 'manager').map((item) => item.label)).toEqual([
      'Patients',
      'Caseload',
      'Team',
    ]);
  });

  it('hides managers-only items from a therapist', () => {
    expect(visibleNavItems(items, routes, 'therapist').map((item) => item.label)).toEqual([
      'Patients',
    ]);
  });

  it('shows an item once its feature adds a route', () => {
    const withExercises: Routes = [...routes, { path: 'exercises' }];
    expect(visibleNavItems(items, withExercises, 'therapist').map((item) => item.label)).toEqual([
      'Patients',
      'Exercise library',
    ]);
  });

  it('offers managers the clinic’s caseload and therapists their own', () => {
    const children = shellRoutes[0].children;
    const caseloadLabel = (role: 'therapist' | 'manager') =>
      visibleNavItems(navItems, children, role).find((item) => item.path === 'caseload')?.label;
    expect(caseloadLabel('manager')).toBe('Caseload');
    expect(caseloadLabel('therapist')).toBe('My caseload');
  });

  it("offers the clinic's details to managers only", () => {
    const children = shellRoutes[0].children;
    const labels = (role: 'therapist' | 'manager') =>
      visibleNavItems(navItems, children, role).map((item) => item.label);
    expect(labels('manager')).toContain('Clinic');
    expect(labels('therapist')).not.toContain('Clinic');
  });

  it('offers the exercise library to therapists and managers alike', () => {
    const children = shellRoutes[0].children;
    for (const role of ['therapist', 'manager'] as const) {
      expect(visibleNavItems(navItems, children, role).map((item) => item.label))
        .withContext(role)
        .toContain('Exercise library');
    }
  });
});
