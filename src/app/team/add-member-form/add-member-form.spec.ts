import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CreateTeamMemberRequest } from '@domain/contracts/team';
import { AddMemberForm } from './add-member-form';

describe('AddMemberForm', () => {
  let fixture: ComponentFixture<AddMemberForm>;
  let form: HTMLElement;
  let submitted: CreateTeamMemberRequest[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(AddMemberForm);
    form = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((request) => submitted.push(request));
    await fixture.whenStable();
  });

  function input(name: string): HTMLInputElement {
    return form.querySelector(`input[formControlName="${name}"]`)!;
  }

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  function errors(): string[] {
    return [...form.querySelectorAll('mat-error')].map((error) => error.textContent!.trim());
  }

  async function fillIn(): Promise<void> {
    await type('displayName', ' Ana Silva ');
    await type('email', 'Ana@Demo.Test');
    await type('password', 'temporary-pass');
  }

  it('labels every field and starts with the therapist role', () => {
    const labels = [...form.querySelectorAll('mat-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Name', 'Email', 'Role', 'Temporary password']);
    expect(form.querySelector('mat-select')!.textContent).toContain('Therapist');
  });

  it("shows the contract's messages inline and emits nothing", async () => {
    await type('password', 'short');
    await submit();
    expect(errors()).toEqual([
      'Enter a name.',
      'Enter a valid email address, like name@clinic.com.',
      'Use at least 10 characters.',
    ]);
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(input('displayName'));
  });

  it('emits the request as the contract parses it', async () => {
    await fillIn();
    await submit();
    expect(submitted).toEqual([
      {
        displayName: 'Ana Silva',
        email: 'ana@demo.test',
        role: 'therapist',
        password: 'temporary-pass',
      },
    ]);
  });

  it('shows a taken email under Email and keeps what was typed', async () => {
    await fillIn();
    await submit();
    fixture.componentRef.setInput('fieldErrors', {
      email: ['Someone on the team already uses that email.'],
    });
    await fixture.whenStable();
    expect(errors()).toEqual(['Someone on the team already uses that email.']);
    expect(input('displayName').value).toBe(' Ana Silva ');
    expect(input('email').value).toBe('Ana@Demo.Test');
    expect(input('password').value).toBe('temporary-pass');
  });

  it('clears the server message once the field is edited', async () => {
    await fillIn();
    await submit();
    fixture.componentRef.setInput('fieldErrors', { email: ['Taken.'] });
    await fixture.whenStable();
    await type('email', 'ana.silva@demo.test');
    expect(errors()).toEqual([]);
  });

  it('shows messages that belong to no field above the buttons', async () => {
    fixture.componentRef.setInput('fieldErrors', {
      _form: ['The clinic has reached its seat limit.'],
    });
    await fixture.whenStable();
    expect(form.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
      'The clinic has reached its seat limit.',
    );
  });

  it('ignores a second submit while saving', async () => {
    await fillIn();
    fixture.componentRef.setInput('busy', true);
    await fixture.whenStable();
    await submit();
    expect(submitted).toEqual([]);
  });

  it('lets the manager check the temporary password they typed', async () => {
    const toggle = form.querySelector<HTMLButtonElement>('button[aria-label="Show password"]')!;
    expect(input('password').type).toBe('password');
    toggle.click();
    await fixture.whenStable();
    expect(input('password').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
