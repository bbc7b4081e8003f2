import { Routes } from '@angular/router';
import { NavItem, visibleNavItems } from './nav-items';

const items: NavItem[] = [
  { label: 'Home', path: '', icon: 'home' },
  { label: 'Patients', path: 'patients', icon: 'group' },
  { label: 'Caseload', path: 'caseload', icon: 'monitoring' },
  { label: 'Team', path: 'team', icon: 'badge' },
];

const managersOnly = { restriction: { roles: ['manager'], refusal: 'For managers.' } };

const routes: Routes = [
  { path: '' },
  { path: 'caseload', data: managersOnly },
  { path: 'team', data: managersOnly },
  { path: '**' },
];

describe('visibleNavItems', () => {
  it('shows a manager every item whose route exists', () => {
    expect(visibleNavItems(items, routes, 'manager').map((item) => item.label)).toEqual([
      'Home',
      'Caseload',
      'Team',
    ]);
  });

  it('hides managers-only items from a therapist', () => {
    expect(visibleNavItems(items, routes, 'therapist').map((item) => item.label)).toEqual(['Home']);
  });

  it('shows an item once its feature adds a route', () => {
    const withPatients: Routes = [...routes, { path: 'patients' }];
    expect(visibleNavItems(items, withPatients, 'therapist').map((item) => item.label)).toEqual([
      'Home',
      'Patients',
    ]);
  });
});
