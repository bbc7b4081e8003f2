import { ComponentFixture, TestBed } from '@angular/core/testing';
import { teamMember } from '../../../testing/sample-users';
import { ResetPasswordDialog } from './reset-password-dialog';

describe('ResetPasswordDialog', () => {
  let fixture: ComponentFixture<ResetPasswordDialog>;
  let dialog: HTMLElement;
  let submitted: string[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(ResetPasswordDialog);
    fixture.componentRef.setInput('member', teamMember());
    dialog = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((password) => submitted.push(password));
    await fixture.whenStable();
  });

  function password(): HTMLInputElement {
    return dialog.querySelector('input[formControlName="password"]')!;
  }

  async function typeAndSubmit(value: string): Promise<void> {
    password().value = value;
    password().dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  function errors(): string[] {
    return [...dialog.querySelectorAll('mat-error')].map((error) => error.textContent!.trim());
  }

  it('names the member in its title', () => {
    expect(dialog.querySelector('h2')!.textContent).toBe('Reset password for Tom Reyes');
  });

  it("shows the contract's message for a short password and emits nothing", async () => {
    await typeAndSubmit('short');
    expect(errors()).toEqual(['Use at least 10 characters.']);
    expect(submitted).toEqual([]);
  });

  it('emits the new password', async () => {
    await typeAndSubmit('temporary-pass');
    expect(submitted).toEqual(['temporary-pass']);
  });

  it("shows the server's message under the field and keeps the password", async () => {
    await typeAndSubmit('temporary-pass');
    fixture.componentRef.setInput('fieldErrors', { password: ['That password is too common.'] });
    await fixture.whenStable();
    expect(errors()).toEqual(['That password is too common.']);
    expect(password().value).toBe('temporary-pass');
  });
});
