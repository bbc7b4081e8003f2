import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { manager, teamMember } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { teamPageActions } from '../state/team.actions';
import { Submission, TeamState, initialTeamState, teamAdapter } from '../state/team.feature';
import { TeamPage } from './team-page';

describe('TeamPage', () => {
  let fixture: ComponentFixture<TeamPage>;
  let store: MockStore;
  let page: HTMLElement;
  const tom = teamMember();
  const maria = teamMember({ id: manager.id, displayName: 'Maria Lopez', role: 'manager' });
  const auth = { ...initialAuthState, status: 'signedIn', user: manager };
  const team: TeamState = teamAdapter.setAll([tom, maria], initialTeamState);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { auth, team } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(TeamPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function setTeam(changes: Partial<TeamState>): Promise<void> {
    store.setState({ auth, team: { ...team, ...changes } });
    await fixture.whenStable();
  }

  async function click(button: HTMLElement): Promise<void> {
    button.click();
    await fixture.whenStable();
  }

  function buttonIn(root: ParentNode, label: string): HTMLButtonElement {
    return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) =>
        button.getAttribute('aria-label') === label || button.textContent!.trim().endsWith(label),
    )!;
  }

  function dialog(): HTMLElement | null {
    return document.querySelector('mat-dialog-container');
  }

  it('loads the team when it opens', () => {
    expect(store.dispatch).toHaveBeenCalledWith(teamPageActions.opened());
  });

  it('lists the members under one heading', () => {
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(page.querySelector('h1')!.textContent).toBe('Team');
    expect(page.querySelectorAll('tr[mat-row]').length).toBe(2);
  });

  it('shows progress while loading', async () => {
    await setTeam({ loading: true });
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('adds a member through the dialog and closes it once saved', async () => {
    await click(buttonIn(page, 'Add team member'));
    expect(store.dispatch).toHaveBeenCalledWith(teamPageActions.addMemberOpened());
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Add team member');

    const fill = (name: string, value: string) => {
      const input = dialog()!.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('displayName', 'Ana Silva');
    fill('email', 'ana@demo.test');
    fill('password', 'temporary-pass');
    await click(buttonIn(dialog()!, 'Add member'));
    expect(store.dispatch).toHaveBeenCalledWith(
      teamPageActions.addMemberSubmitted({
        request: {
          displayName: 'Ana Silva',
          email: 'ana@demo.test',
          role: 'therapist',
          password: 'temporary-pass',
        },
      }),
    );

    const saved: Submission = { status: 'saved', fieldErrors: {} };
    await setTeam({ submission: saved });
    await fixture.whenStable();
    expect(dialog()).toBeNull();
  });

  it("shows the server's field messages in the open dialog", async () => {
    await click(buttonIn(page, 'Add team member'));
    await setTeam({
      submission: { status: 'editing', fieldErrors: { email: ['That email is taken.'] } },
    });
    expect(dialog()!.querySelector('mat-error')!.textContent!.trim()).toBe('That email is taken.');
  });

  it('deactivates a member after confirmation', async () => {
    await click(buttonIn(page, 'Deactivate Tom Reyes'));
    expect(dialog()!.textContent).toContain('signed out at once');
    await click(buttonIn(dialog()!, 'Deactivate'));
    expect(store.dispatch).toHaveBeenCalledWith(
      teamPageActions.statusChangeConfirmed({ member: tom, active: false }),
    );
    expect(dialog()).toBeNull();
  });

  it('resets a password through its dialog', async () => {
    await click(buttonIn(page, 'Reset password for Tom Reyes'));
    expect(store.dispatch).toHaveBeenCalledWith(teamPageActions.passwordResetOpened());
    const password = dialog()!.querySelector<HTMLInputElement>(
      'input[formControlName="password"]',
    )!;
    password.value = 'temporary-pass';
    password.dispatchEvent(new Event('input'));
    await click(buttonIn(dialog()!, 'Reset password'));
    expect(store.dispatch).toHaveBeenCalledWith(
      teamPageActions.passwordResetSubmitted({ member: tom, password: 'temporary-pass' }),
    );
  });

  it('closes its dialog when the page goes away', async () => {
    await click(buttonIn(page, 'Add team member'));
    fixture.destroy();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(TestBed.inject(MatDialog).openDialogs.length).toBe(0);
  });
});
