import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type Dose, standardDose } from '@domain/programs/dose';
import { DoseEditor } from './dose-editor';

describe('DoseEditor', () => {
  let fixture: ComponentFixture<DoseEditor>;
  let host: HTMLElement;
  let emitted: Dose[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(DoseEditor);
    fixture.componentRef.setInput('dose', standardDose());
    fixture.componentRef.setInput('exerciseName', 'Step-up');
    emitted = [];
    fixture.componentInstance.doseChanged.subscribe((dose) => emitted.push(dose));
    host = fixture.nativeElement;
    await fixture.whenStable();
  });

  function field(label: string): HTMLInputElement {
    const formField = [...host.querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return formField!.querySelector('input, textarea') as HTMLInputElement;
  }

  async function type(label: string, value: string): Promise<void> {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  it('shows the contract message beside a dose out of its limits, and sends nothing on', async () => {
    await type('Sets', '15');
    expect(host.querySelector('mat-error')?.textContent).toContain('Enter 1 to 10 sets.');
    expect(emitted).toEqual([]);
  });

  it('sends a valid change on when the field is left', async () => {
    await type('Sets', '4');
    expect(emitted).toEqual([standardDose({ sets: 4 })]);
    expect(host.querySelector('mat-error')).toBeNull();
  });

  it('checks the tempo with the same words as the server', async () => {
    await type('Tempo (s)', 'slow');
    expect(host.querySelector('mat-error')?.textContent).toContain(
      'Write the tempo as seconds down-pause-up',
    );
  });

  it('shows a dose changed from outside (undo, Progress)', async () => {
    fixture.componentRef.setInput('dose', standardDose({ reps: 12 }));
    await fixture.whenStable();
    expect(field('Repetitions').value).toBe('12');
    expect(emitted).toEqual([]);
  });

  it('keeps what was typed when its own dose comes back, and shows it again after undo then redo', async () => {
    const before = standardDose();
    await type('Sets', '4');
    const sent = emitted[0];
    fixture.componentRef.setInput('dose', sent); // the store takes the edit
    await fixture.whenStable();
    expect(field('Sets').value).toBe('4');

    fixture.componentRef.setInput('dose', before); // undo
    await fixture.whenStable();
    expect(field('Sets').value).toBe(String(before.sets));

    fixture.componentRef.setInput('dose', sent); // redo: the very dose the form once sent
    await fixture.whenStable();
    expect(field('Sets').value).toBe('4');
    expect(emitted.length).toBe(1);
  });
});
