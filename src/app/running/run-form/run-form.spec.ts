import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CreateRunRequest } from '@domain/contracts/running';
import { addDays } from '@domain/training-load/calendar-weeks';
import { todayIso } from '@domain/contracts/patients';
import { sampleRun } from '../../../testing/sample-running';
import { RunForm } from './run-form';

describe('RunForm', () => {
  let fixture: ComponentFixture<RunForm>;
  let element: HTMLElement;
  let submitted: CreateRunRequest[];

  async function render(inputs: Record<string, unknown> = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(RunForm);
    fixture.componentRef.setInput('unit', 'mi');
    fixture.componentRef.setInput('today', '2026-11-25');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((value) => submitted.push(value));
    await fixture.whenStable();
  }

  function input(name: string): HTMLInputElement {
    return element.querySelector(`[formControlName="${name}"]`)!;
  }

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(label: string): Promise<void> {
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((candidate) => candidate.textContent!.trim() === label)!
      .click();
    await fixture.whenStable();
  }

  function error(name: string): string | undefined {
    return input(name).closest('mat-form-field')!.querySelector('mat-error')?.textContent!.trim();
  }

  it('lands on the date when it opens', async () => {
    await render();
    expect(document.activeElement).toBe(input('date'));
  });

  it('logs a run dated today by default', async () => {
    await render();
    expect(input('date').value).toBe('2026-11-25');
    expect(element.querySelector('fieldset')).toBeNull();
    await type('distance', '4.5');
    await type('painDuring', '3');
    await type('notes', 'Felt the knee on the hill.');
    await click('Log run');
    expect(submitted).toEqual([
      {
        date: '2026-11-25',
        distance: 4.5,
        distanceUnit: 'mi',
        durationMinutes: null,
        painDuring: 3,
        painNextMorning: null,
        notes: 'Felt the knee on the hill.',
        walkJog: null,
      },
    ]);
  });

  it("shows the contract's messages beside the fields, and emits nothing", async () => {
    await render();
    await type('painNextMorning', '11');
    await type('durationMinutes', '2.5');
    await click('Log run');
    expect(error('distance')).toBe('Enter the distance as a number.');
    expect(error('painDuring')).toBe('Enter pain during the run as a whole number from 0 to 10.');
    expect(error('painNextMorning')).toBe('Enter pain the next morning as a whole number from 0 to 10.');
    expect(error('durationMinutes')).toBe('Enter the duration in whole minutes.');
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(input('distance'));
  });

  it('refuses a run in the future', async () => {
    await render();
    await type('date', addDays(todayIso(), 5));
    await type('distance', '3');
    await type('painDuring', '0');
    await click('Log run');
    expect(error('date')).toBe('A run cannot be in the future.');
    expect(submitted).toEqual([]);
  });

  it('asks for the walk–jog session on a walk–jog plan, at the next level', async () => {
    await render({ walkJog: true, nextLevel: 3 });
    expect(element.querySelector('legend')!.textContent).toBe('Walk–jog session');
    expect(element.querySelector('[formControlName="level"]')!.textContent).toContain('Level 3');
    await type('distance', '2');
    await type('painDuring', '1');
    await click('Log run');
    expect(submitted[0].walkJog).toEqual({
      level: 3,
      completed: true,
      soreness: 'none',
      swellingIncreased: false,
    });
  });

  it('edits a run with its values, and keeps what was typed after a failed save', async () => {
    const run = sampleRun({ date: '2026-11-17', miles: 19.6, painDuring: 4, painNextMorning: 6 });
    await render({ run });
    expect(input('distance').value).toBe('19.6');
    expect(input('painNextMorning').value).toBe('6');
    await type('painNextMorning', '5');
    fixture.componentRef.setInput('failure', "Stride Rx can't reach the server.");
    fixture.componentRef.setInput('fieldErrors', {});
    await fixture.whenStable();
    expect(input('painNextMorning').value).toBe('5');
    expect(element.querySelector('.alert')!.textContent).toContain('Everything you typed is still here.');
    await click('Retry');
    expect(submitted[0].painNextMorning).toBe(5);
  });

  it("shows the server's field messages in the same places", async () => {
    await render();
    fixture.componentRef.setInput('fieldErrors', {
      distance: ['This week would hold more than 186.4 mi.'],
      _form: ['Check the highlighted fields.'],
    });
    await fixture.whenStable();
    expect(error('distance')).toBe('This week would hold more than 186.4 mi.');
    expect(element.querySelector('.alert')!.textContent).toContain('Check the highlighted fields.');
  });
  it('reports what the therapist types, but not the form being filled', async () => {
    await render();
    const edits: unknown[] = [];
    fixture.componentInstance.edited.subscribe((value) => edits.push(value));
    fixture.componentRef.setInput('run', sampleRun({ date: '2026-11-20', miles: 3 }));
    await fixture.whenStable();
    expect(edits).toEqual([]);
    await type('distance', '6');
    expect(edits.length).toBe(1);
    expect(edits[0]).toEqual(jasmine.objectContaining({ date: '2026-11-20', distance: 6 }));
  });

  it('shows values typed before a reload instead of the record, ready to save', async () => {
    await render({
      run: sampleRun({ date: '2026-11-20', miles: 3 }),
      draftValue: {
        date: '2026-11-21',
        distance: 7.5,
        durationMinutes: 70,
        painDuring: 2,
        painNextMorning: 4,
        notes: 'typed before the reload',
        walkJog: { level: null, completed: true, soreness: 'none', swellingIncreased: false },
      },
    });
    expect(input('date').value).toBe('2026-11-21');
    expect(input('distance').value).toBe('7.5');
    expect(input('notes').value).toBe('typed before the reload');
    await click('Save run');
    expect(submitted).toEqual([jasmine.objectContaining({ date: '2026-11-21', distance: 7.5, painNextMorning: 4 })]);
  });
});
