import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { TeamMember } from '@domain/contracts/team';
import { manager, teamMember } from '../../../testing/sample-users';
import { TeamTable } from './team-table';

describe('TeamTable', () => {
  let fixture: ComponentFixture<TeamTable>;
  let table: HTMLElement;
  const tom = teamMember();
  const ana = teamMember({
    id: 'ana',
    displayName: 'Ana Silva',
    email: 'ana@demo.test',
    active: false,
  });
  const maria = teamMember({ id: manager.id, displayName: 'Maria Lopez', role: 'manager' });

  beforeEach(async () => {
    fixture = TestBed.createComponent(TeamTable);
    fixture.componentRef.setInput('members', [ana, maria, tom]);
    fixture.componentRef.setInput('currentUserId', manager.id);
    table = fixture.nativeElement;
    await fixture.whenStable();
  });

  function row(name: string): HTMLElement {
    return [...table.querySelectorAll<HTMLElement>('tr[mat-row]')].find((r) =>
      r.textContent!.includes(name),
    )!;
  }

  function button(name: string, label: string): HTMLButtonElement {
    return row(name).querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
  }

  it('shows name, email, role and status for each member', () => {
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).toEqual(['Name', 'Email', 'Role', 'Status', 'Actions']);
    const cells = [...row('Ana Silva').querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells.slice(0, 4)).toEqual(['Ana Silva', 'ana@demo.test', 'Therapist', 'Inactive']);
    expect(row('Maria Lopez').textContent).toContain('Clinic manager');
    expect(row('Tom Reyes').textContent).toContain('Active');
  });

  it('asks to deactivate an active member and to reactivate an inactive one', () => {
    const requested: TeamMember[] = [];
    fixture.componentInstance.statusChangeRequested.subscribe((member) => requested.push(member));
    button('Tom Reyes', 'Deactivate Tom Reyes').click();
    button('Ana Silva', 'Reactivate Ana Silva').click();
    expect(requested).toEqual([tom, ana]);
  });

  it("won't let the manager deactivate their own account, and says so", () => {
    const requested: TeamMember[] = [];
    fixture.componentInstance.statusChangeRequested.subscribe((member) => requested.push(member));
    const own = button('Maria Lopez', 'Deactivate Maria Lopez');
    expect(own.getAttribute('aria-disabled')).toBe('true');
    own.click();
    expect(requested).toEqual([]);
    expect(row('Maria Lopez').textContent).toContain('(you)');
  });

  it('asks to reset a password', () => {
    const requested: TeamMember[] = [];
    fixture.componentInstance.passwordResetRequested.subscribe((member) => requested.push(member));
    button('Tom Reyes', 'Reset password for Tom Reyes').click();
    expect(requested).toEqual([tom]);
  });
});
