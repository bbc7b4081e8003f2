import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CreateRunningPlanRequest } from '@domain/contracts/running';
import { PlanForm } from './plan-form';
import type { PlanFormStart } from './plan-form-model';

const start: PlanFormStart = {
  unit: 'mi',
  weeklyDistance: 10,
  goalRaceDate: null,
  today: '2026-11-25',
};

describe('PlanForm', () => {
  let fixture: ComponentFixture<PlanForm>;
  let element: HTMLElement;
  let submitted: CreateRunningPlanRequest[];

  async function render(begin: PlanFormStart = start): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(PlanForm);
    fixture.componentRef.setInput('start', begin);
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
    const button = [...element.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label,
    )!;
    button.click();
    await fixture.whenStable();
  }

  function error(name: string): string | undefined {
    return input(name).closest('mat-form-field')!.querySelector('mat-error')?.textContent!.trim();
  }

  function previewRows(): string[][] {
    return [...element.querySelectorAll('.preview tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
  }

  it("starts from the patient's weekly distance, next Monday and the clinic's defaults", async () => {
    await render();
    expect(input('baselineDistance').value).toBe('10');
    expect(input('targetDistance').value).toBe('');
    expect(input('startWeek').value).toBe('2026-11-30');
    expect(input('maxWeeklyIncreasePercent').value).toBe('10');
    expect(input('cutbackPercent').value).toBe('85');
    expect(element.querySelector('[formControlName="cutbackEvery"]')!.textContent).toContain(
      'Every 4 weeks',
    );
    expect(input('raceDate').value).toBe('');
  });

  it("offers the patient's goal race as the race date when a plan can reach it", async () => {
    await render({ ...start, goalRaceDate: '2027-04-11' });
    expect(input('raceDate').value).toBe('2027-04-11');
    TestBed.resetTestingModule();
    await render({ ...start, goalRaceDate: '2026-11-01' });
    expect(input('raceDate').value).toBe('');
  });

  it('says where the 10 % rule comes from and that it is not proven protection', async () => {
    await render();
    const text = element.querySelector('.sources')!.textContent!;
    expect(text).toContain('Buist et al. 2008');
    expect(text).toContain('not proven protection');
    expect(text).toContain('[practice] recovery week');
  });

  it('previews the weeks the plan would hold before anything is saved', async () => {
    await render();
    expect(element.querySelector('.preview')!.textContent).toContain(
      'Fill in the weekly distances',
    );
    await type('targetDistance', '20');
    const rows = previewRows();
    expect(rows.length).toBe(11);
    expect(rows[0]).toEqual(['1', 'Nov 30, 2026', '10.0', 'Hold']);
    expect(rows[3]).toEqual(['4', 'Dec 21, 2026', '10.2', 'Cutback']);
    expect(rows[10]).toEqual(['11', 'Feb 8, 2027', '20.0', 'Build']);
    expect(element.querySelector('.preview .summary')!.textContent).toContain(
      'to a peak of 20.0 mi',
    );
    await type('maxWeeklyIncreasePercent', '5');
    expect(previewRows().length).toBeGreaterThan(11);
  });

  it("shows the contract's messages beside the fields on submit, and emits nothing", async () => {
    await render({ ...start, weeklyDistance: 0.5 });
    await type('baselineDistance', '');
    await type('startWeek', '2026-12-01');
    await click('Save plan');
    expect(error('baselineDistance')).toBe('Enter the current weekly distance as a number.');
    expect(error('targetDistance')).toBe('Enter the target weekly distance as a number.');
    expect(error('startWeek')).toBe('Choose a Monday: weeks start on Monday.');
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(input('baselineDistance'));
  });

  it('checks the plan as a whole once each field passes: the target is not below the baseline', async () => {
    await render();
    await type('targetDistance', '8');
    await click('Save plan');
    expect(error('targetDistance')).toBe('The target cannot be below the current weekly distance.');
    expect(submitted).toEqual([]);
  });

  it('emits the mileage plan in the patient’s unit once the contract accepts it', async () => {
    await render({ ...start, unit: 'km', weeklyDistance: 16 });
    await type('targetDistance', '32');
    await click('Save plan');
    expect(submitted).toEqual([
      {
        kind: 'mileage',
        baselineDistance: 16,
        targetDistance: 32,
        distanceUnit: 'km',
        startWeek: '2026-11-30',
        maxWeeklyIncreasePercent: 10,
        cutbackEvery: 4,
        cutbackPercent: 85,
        raceDate: null,
      },
    ]);
  });

  it('starts a patient who is not running on the walk–jog levels', async () => {
    await render({ ...start, weeklyDistance: 0 });
    expect(element.querySelector('app-walk-jog-levels')).not.toBeNull();
    expect(element.querySelector('app-walk-jog-levels')!.textContent).toContain(
      'University of Delaware',
    );
    await click('Save plan');
    expect(submitted).toEqual([{ kind: 'walk-jog', startDate: '2026-11-25', startLevel: 1 }]);
  });

  it('switches between a mileage plan and the walk–jog levels', async () => {
    await render();
    const walkJog = [...element.querySelectorAll<HTMLInputElement>('mat-radio-button input')][1];
    walkJog.click();
    await fixture.whenStable();
    expect(element.querySelector('[formControlName="baselineDistance"]')).toBeNull();
    expect(element.querySelector('[formControlName="startLevel"]')).not.toBeNull();
  });

  it("shows the server's field messages and keeps what was typed", async () => {
    await render();
    await type('targetDistance', '20');
    fixture.componentRef.setInput('fieldErrors', {
      targetDistance: ['Too far for this clinic.'],
      _form: ['Check the highlighted fields.'],
    });
    await fixture.whenStable();
    expect(error('targetDistance')).toBe('Too far for this clinic.');
    expect(element.querySelector('.alert')!.textContent).toContain('Check the highlighted fields.');
    expect(input('targetDistance').value).toBe('20');
  });

  it('offers Retry after a failed save, with everything typed still there', async () => {
    await render();
    await type('targetDistance', '20');
    fixture.componentRef.setInput('failure', "Stride Rx can't reach the server.");
    await fixture.whenStable();
    expect(element.querySelector('.alert')!.textContent).toContain(
      "Couldn't save the plan. Stride Rx can't reach the server. Everything you typed is still here.",
    );
    await click('Retry');
    expect(submitted.length).toBe(1);
  });

  it('can be closed without saving only when it would replace a plan', async () => {
    await render();
    expect(element.textContent).not.toContain('Cancel');
    fixture.componentRef.setInput('replacing', true);
    await fixture.whenStable();
    let cancelled = 0;
    fixture.componentInstance.cancelled.subscribe(() => cancelled++);
    await click('Cancel');
    expect(cancelled).toBe(1);
  });
});
