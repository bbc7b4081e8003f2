import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { todayIso } from '@domain/contracts/patients';
import { Discharge, DischargeDialog } from './discharge-dialog';

describe('DischargeDialog', () => {
  let fixture: ComponentFixture<DischargeDialog>;
  let dialog: HTMLElement;
  let submitted: Discharge[];

  beforeEach(async () => {
    // Outside a real dialog, mat-dialog-close needs a ref to close.
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: jasmine.createSpyObj('MatDialogRef', ['close']) },
      ],
    });
    fixture = TestBed.createComponent(DischargeDialog);
    fixture.componentRef.setInput('patientName', 'Ana Silva');
    dialog = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((discharge) => submitted.push(discharge));
    await fixture.whenStable();
  });

  function field(name: string): HTMLInputElement {
    return dialog.querySelector(`[formControlName="${name}"]`)!;
  }

  async function type(name: string, value: string): Promise<void> {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function discharge(): Promise<void> {
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  function errors(): string[] {
    return [...dialog.querySelectorAll('mat-error')].map((error) => error.textContent!.trim());
  }

  it('names the patient and dates the discharge today', () => {
    expect(dialog.querySelector('h2')!.textContent).toBe('Discharge Ana Silva?');
    expect(field('dischargedOn').value).toBe(todayIso());
    const labels = [...dialog.querySelectorAll('mat-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Discharge date', 'Reason']);
    expect(dialog.querySelector('button[type="submit"]')!.textContent!.trim()).toBe(
      'Discharge patient',
    );
  });

  it("asks for a reason in the contract's words and emits nothing without one", async () => {
    await type('reason', '   ');
    await discharge();
    expect(errors()).toEqual(['Give a reason for the discharge.']);
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(field('reason'));
  });

  it('emits the date and the trimmed reason', async () => {
    await type('dischargedOn', '2026-11-20');
    await type('reason', ' Goals met: back to 30 km a week pain-free. ');
    await discharge();
    expect(submitted).toEqual([
      { dischargedOn: '2026-11-20', reason: 'Goals met: back to 30 km a week pain-free.' },
    ]);
  });

  it("shows the server's messages, including a stale version, and keeps the reason", async () => {
    await type('reason', 'Goals met');
    await discharge();
    fixture.componentRef.setInput('fieldErrors', {
      _form: ['Someone else changed this patient while you were working.'],
    });
    await fixture.whenStable();
    expect(dialog.querySelector('[role="alert"]')!.textContent).toBe(
      'Someone else changed this patient while you were working.',
    );
    expect(field('reason').value).toBe('Goals met');
  });

  it('ignores another submit while discharging', async () => {
    await type('reason', 'Goals met');
    fixture.componentRef.setInput('busy', true);
    await fixture.whenStable();
    await discharge();
    expect(submitted).toEqual([]);
  });
});
