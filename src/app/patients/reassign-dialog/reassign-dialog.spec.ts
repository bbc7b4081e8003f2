import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import { priyaShah, tomReyes } from '../../../testing/sample-patients';
import { ReassignDialog } from './reassign-dialog';

describe('ReassignDialog', () => {
  let fixture: ComponentFixture<ReassignDialog>;
  let dialog: HTMLElement;
  let submitted: string[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: jasmine.createSpyObj('MatDialogRef', ['close']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(ReassignDialog);
    fixture.componentRef.setInput('patientName', 'Ana Silva');
    fixture.componentRef.setInput('currentTherapist', tomReyes);
    fixture.componentRef.setInput('therapists', [tomReyes, priyaShah]);
    dialog = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((id) => submitted.push(id));
    await fixture.whenStable();
  });

  async function reassign(): Promise<void> {
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  async function choose(name: string): Promise<void> {
    dialog.querySelector<HTMLElement>('mat-select')!.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    options.find((option) => option.textContent!.includes(name))!.click();
    await fixture.whenStable();
  }

  it('says who has the patient now and what changes', () => {
    expect(dialog.querySelector('h2')!.textContent).toBe('Reassign Ana Silva');
    expect(dialog.textContent).toContain('Ana Silva is with Tom Reyes now.');
    expect(dialog.querySelector('mat-label')!.textContent).toBe('Therapist');
    expect(dialog.querySelector('button[type="submit"]')!.textContent!.trim()).toBe(
      'Reassign patient',
    );
  });

  it('asks for a therapist first', async () => {
    await reassign();
    expect(dialog.querySelector('mat-error')!.textContent!.trim()).toBe('Choose a therapist.');
    expect(submitted).toEqual([]);
  });

  it('offers the other therapists, not the current one', async () => {
    dialog.querySelector<HTMLElement>('mat-select')!.click();
    await fixture.whenStable();
    const current = [...document.querySelectorAll('mat-option')].find((option) =>
      option.textContent!.includes('Tom Reyes'),
    )!;
    expect(current.textContent).toContain('(current)');
    expect(current.getAttribute('aria-disabled')).toBe('true');
  });

  it('emits the chosen therapist', async () => {
    await choose('Priya Shah');
    await reassign();
    expect(submitted).toEqual([priyaShah.id]);
  });
});
