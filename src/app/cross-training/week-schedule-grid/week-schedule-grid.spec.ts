import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { scheduleHints } from '@domain/cross-training/schedule-hints';
import type { StrengthDay } from '@domain/cross-training/strength-days';
import { planSchedule } from '@domain/cross-training/week-schedule';
import { type RunDayChange, type SessionMove, WeekScheduleGrid } from './week-schedule-grid';

describe('WeekScheduleGrid', () => {
  let fixture: ComponentFixture<WeekScheduleGrid>;
  let element: HTMLElement;
  let moves: SessionMove[];
  let runChanges: RunDayChange[];
  const plan = swimBikePlan();

  async function render(strength: StrengthDay[] = [], readOnly = false): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(WeekScheduleGrid);
    const schedules = planSchedule(plan, strength);
    fixture.componentRef.setInput('schedules', schedules);
    fixture.componentRef.setInput('hints', schedules.map(scheduleHints));
    fixture.componentRef.setInput('sessions', plan.sessions);
    fixture.componentRef.setInput('runDays', plan.runDays);
    fixture.componentRef.setInput('readOnly', readOnly);
    moves = [];
    runChanges = [];
    fixture.componentInstance.sessionMoved.subscribe((move) => moves.push(move));
    fixture.componentInstance.runDayChanged.subscribe((change) => runChanges.push(change));
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function day(name: string): HTMLElement {
    return element.querySelector<HTMLElement>(`ul[aria-label="${name}"]`)!;
  }

  function chip(id: string): HTMLElement {
    return element.querySelector<HTMLElement>(`[data-chip="${id}"]`)!;
  }

  function press(target: HTMLElement, key: string): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true }));
  }

  it('shows the light daily routine as daily exercises, on a day that stays a rest day', async () => {
    const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    await render(everyDay.map((weekday) => ({ weekday, heavy: false, routineOnly: true })));
    expect(day('Friday').textContent).toContain('Daily exercises');
    expect(day('Friday').textContent).toContain('Rest day');
    expect(element.textContent).not.toContain('No rest day');
  });

  it('lays week 1 out Monday to Sunday: runs, strength, sessions with their minutes, and the rest days', async () => {
    await render([{ weekday: 'mon', heavy: false, routineOnly: false }]);
    expect(element.querySelector('h3')!.textContent).toContain('Week 1 of 6');
    expect(day('Monday').textContent).toContain('Easy run');
    expect(day('Monday').textContent).toContain('Strength');
    expect(chip('swim:tue').getAttribute('aria-label')).toBe('Swimming, 30 min, moderate, Tuesday');
    expect(chip('bike:sat').getAttribute('aria-label')).toBe(
      'Stationary cycling, 20 min, vigorous, Saturday',
    );
    expect(day('Friday').textContent).toContain('Rest day');
    expect(day('Tuesday').textContent).not.toContain('Rest day');
    expect(
      element.querySelector<HTMLSelectElement>('select[aria-label="Run on Sunday"]')!.value,
    ).toBe('hard');
  });

  it('pages through the weeks, showing the progressed minutes', async () => {
    await render();
    const next = element.querySelector<HTMLButtonElement>('button[aria-label="Next week"]')!;
    expect(
      element.querySelector<HTMLButtonElement>('button[aria-label="Previous week"]')!.disabled,
    ).toBeTrue();
    next.click();
    await fixture.whenStable();
    expect(element.querySelector('h3')!.textContent).toContain('Week 2 of 6');
    expect(chip('swim:tue').getAttribute('aria-label')).toContain('33 min');
  });

  it('moves a session a day with Alt+Right and Alt+Left, skipping days it already has, and announces it', async () => {
    await render();
    press(chip('swim:tue'), 'ArrowRight');
    press(chip('bike:thu'), 'ArrowLeft');
    press(chip('bike:thu'), 'ArrowRight');
    expect(moves).toEqual([
      { sessionId: 'swim', from: 'tue', to: 'wed' },
      { sessionId: 'bike', from: 'thu', to: 'wed' },
      { sessionId: 'bike', from: 'thu', to: 'fri' },
    ]);
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')!.textContent).toContain(
      'Stationary cycling moved from Thursday to Friday in every week.',
    );
  });

  it('ignores arrows without Alt', async () => {
    await render();
    const bike = chip('bike:sat');
    bike.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    press(bike, 'ArrowRight');
    expect(moves).toEqual([{ sessionId: 'bike', from: 'sat', to: 'sun' }]);
  });

  it('announces a session that cannot move later than Sunday', async () => {
    const onSunday = swimBikePlan({
      sessions: [{ ...plan.sessions[0]!, weekdays: ['sun'] }],
    });
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(WeekScheduleGrid);
    const schedules = planSchedule(onSunday, []);
    fixture.componentRef.setInput('schedules', schedules);
    fixture.componentRef.setInput('hints', schedules.map(scheduleHints));
    fixture.componentRef.setInput('sessions', onSunday.sessions);
    fixture.componentRef.setInput('runDays', onSunday.runDays);
    element = fixture.nativeElement;
    await fixture.whenStable();
    press(chip('swim:sun'), 'ArrowRight');
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')!.textContent).toContain(
      'Swimming cannot move later: no free day that way this week.',
    );
  });

  it("offers in the chip's menu only the days the session is not on", async () => {
    await render();
    chip('bike:sat').querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    const items = [...document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-item')];
    expect(items.map((b) => b.textContent!.trim())).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Friday',
      'Sunday',
    ]);
    items[3]!.click();
    expect(moves).toEqual([{ sessionId: 'bike', from: 'sat', to: 'fri' }]);
  });

  it('refuses a drop onto a day that holds the dragged session already', async () => {
    await render();
    const grid = fixture.componentInstance as unknown as {
      acceptsDrop: (drag: { data: unknown }, drop: { data: unknown }) => boolean;
    };
    expect(
      grid.acceptsDrop({ data: { sessionId: 'bike', weekday: 'sat' } }, { data: 'thu' }),
    ).toBeFalse();
    expect(
      grid.acceptsDrop({ data: { sessionId: 'bike', weekday: 'sat' } }, { data: 'fri' }),
    ).toBeTrue();
    expect(
      grid.acceptsDrop({ data: { sessionId: 'bike', weekday: 'sat' } }, { data: 'sat' }),
    ).toBeTrue();
  });

  it('shows the hints with their source and marks the days they name', async () => {
    await render([{ weekday: 'sun', heavy: true, routineOnly: false }]);
    const hints = element.querySelector('aside')!;
    expect(hints.textContent).toContain('A hard run and heavy lower-limb strength on the same day');
    expect(hints.textContent).toContain('[practice] weekly schedule hints');
    expect(day('Sunday').closest('li')!.classList).toContain('flagged');
    expect(day('Saturday').closest('li')!.classList).not.toContain('flagged');
  });

  it('says there are no hints for a week without any', async () => {
    await render();
    expect(element.querySelector('aside')!.textContent).toContain('No hints');
  });

  it('sets or takes away the run on a day', async () => {
    await render();
    const friday = element.querySelector<HTMLSelectElement>('select[aria-label="Run on Friday"]')!;
    friday.value = 'easy';
    friday.dispatchEvent(new Event('change'));
    const monday = element.querySelector<HTMLSelectElement>('select[aria-label="Run on Monday"]')!;
    monday.value = 'none';
    monday.dispatchEvent(new Event('change'));
    expect(runChanges).toEqual([
      { weekday: 'fri', kind: 'easy' },
      { weekday: 'mon', kind: null },
    ]);
  });

  it('moves nothing for a discharged patient', async () => {
    await render([], true);
    const swim = chip('swim:tue');
    expect(swim.getAttribute('tabindex')).toBeNull();
    expect(swim.querySelector('button')).toBeNull();
    press(swim, 'ArrowRight');
    expect(moves).toEqual([]);
    expect(element.querySelector<HTMLSelectElement>('select')!.disabled).toBeTrue();
  });

  it("says the running plan's distance for the week, or that it plans no running", async () => {
    await render();
    expect(element.querySelector('.running-note')).toBeNull();
    const running = new Map([['2026-11-30', 16_093]]);
    const schedules = planSchedule(plan, [], running);
    fixture.componentRef.setInput('schedules', schedules);
    fixture.componentRef.setInput('runUnit', 'mi');
    await fixture.whenStable();
    expect(element.querySelector('.running-note')!.textContent).toBe(
      'Running plan: 10.0 mi this week.',
    );
    element.querySelector<HTMLButtonElement>('button[aria-label="Next week"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('.running-note')!.textContent).toBe(
      'The running plan has no running this week: its run days are left off.',
    );
    expect(day('Sunday').textContent).not.toContain('Hard run');
    // The run day stays chosen beside the day: the plan keeps it for the weeks with running.
    expect(
      element.querySelector<HTMLSelectElement>('select[aria-label="Run on Sunday"]')!.value,
    ).toBe('hard');
    fixture.componentRef.setInput('runningKnown', false);
    await fixture.whenStable();
    expect(element.querySelector('.running-note')!.textContent).toContain('could not be read');
  });

  it("opens on this week's grid when the plan has it", async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(WeekScheduleGrid);
    const schedules = planSchedule(plan, []);
    fixture.componentRef.setInput('schedules', schedules);
    fixture.componentRef.setInput('hints', schedules.map(scheduleHints));
    fixture.componentRef.setInput('sessions', plan.sessions);
    fixture.componentRef.setInput('runDays', plan.runDays);
    fixture.componentRef.setInput('today', '2026-12-17');
    element = fixture.nativeElement;
    await fixture.whenStable();
    expect(element.querySelector('h3')!.textContent).toContain('Week 3 of 6');
  });
});
