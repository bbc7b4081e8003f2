import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import type { TeamMember } from '@domain/contracts/team';
import { teamMember } from '../../../testing/sample-users';
import { ChangeStatusDialog } from './change-status-dialog';

describe('ChangeStatusDialog', () => {
  async function render(member: TeamMember) {
    // Outside a real dialog, mat-dialog-close needs a ref to close.
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: jasmine.createSpyObj('MatDialogRef', ['close']) },
      ],
    });
    const fixture = TestBed.createComponent(ChangeStatusDialog);
    fixture.componentRef.setInput('member', member);
    await fixture.whenStable();
    return fixture;
  }

  function button(dialog: HTMLElement, label: string): HTMLButtonElement {
    return [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
  }

  it('explains that deactivation signs the member out at once', async () => {
    const fixture = await render(teamMember());
    const dialog: HTMLElement = fixture.nativeElement;
    expect(dialog.querySelector('h2')!.textContent).toBe('Deactivate Tom Reyes?');
    expect(dialog.textContent).toContain('signed out at once');
    let confirmed = 0;
    fixture.componentInstance.confirmed.subscribe(() => confirmed++);
    button(dialog, 'Deactivate').click();
    expect(confirmed).toBe(1);
  });

  it('offers to reactivate an inactive member', async () => {
    const fixture = await render(teamMember({ active: false }));
    const dialog: HTMLElement = fixture.nativeElement;
    expect(dialog.querySelector('h2')!.textContent).toBe('Reactivate Tom Reyes?');
    expect(button(dialog, 'Reactivate')).toBeDefined();
  });
});
