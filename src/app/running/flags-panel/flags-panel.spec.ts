import { ComponentFixture, TestBed } from '@angular/core/testing';
import { acuteChronicRatios } from '@domain/training-load/load-checks';
import { weeklyTotals } from '@domain/training-load/run-log';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import { type FlagItem, selectFlagItems, selectLoadFlags } from '../state/running.selectors';
import { FlagsPanel } from './flags-panel';

const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const totals = weeklyTotals(sampleRuns(), runningToday);
const flags = selectLoadFlags.projector(totals, mileage, 'mi');
const items = selectFlagItems.projector(flags, mileage, totals, runningToday);
const ratios = acuteChronicRatios(totals);

describe('FlagsPanel', () => {
  let fixture: ComponentFixture<FlagsPanel>;
  let element: HTMLElement;

  async function render(shown: readonly FlagItem[] = items, changes: Record<string, unknown> = {}): Promise<void> {
    fixture = TestBed.createComponent(FlagsPanel);
    fixture.componentRef.setInput('items', shown);
    fixture.componentRef.setInput('ratio', ratios[ratios.length - 2]);
    for (const [name, value] of Object.entries(changes)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function flag(id: string): HTMLElement {
    const index = items.findIndex((item) => item.flag.id === id);
    return element.querySelectorAll<HTMLElement>('.flags > li')[index];
  }

  function buttons(root: ParentNode = element): HTMLButtonElement[] {
    return [...root.querySelectorAll<HTMLButtonElement>('button')];
  }

  it('shows each flag with its severity in words, the rule, the week, the numbers and the source', async () => {
    await render();
    expect(element.querySelectorAll('.flags > li').length).toBe(items.length);
    const morning = flag('next-morning-pain:2026-11-16');
    expect(morning.classList).toContain('red');
    expect(morning.querySelector('.head')!.textContent).toContain('Red');
    expect(morning.querySelector('.head')!.textContent).toContain('Next-morning pain · week of Nov 16, 2026');
    expect(morning.querySelector('mat-icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(morning.querySelector('.message')!.textContent).toBe(
      'Next-morning pain reached 6/10: not settled (above 2/10); reduce or step back one level.',
    );
    const source = morning.querySelector('app-rule-source')!.textContent!;
    expect(source).toContain('[practice]');
    expect(source.split('[practice]').length - 1)
      .withContext('labelled once, not by the badge and the note both')
      .toBe(1);
    expect(source).toContain('Silbernagel et al. 2007');
    const twoWeek = flag('two-week-increase:2026-11-16');
    expect(twoWeek.querySelector('.head')!.textContent).toContain('Amber');
    expect(twoWeek.querySelector('app-rule-source')!.textContent).toContain('Nielsen et al. 2014');
    const count = (severity: string) => items.filter((item) => item.flag.severity === severity).length;
    expect(element.querySelector('.counts')!.textContent).toContain(
      `${count('red')} red, ${count('amber')} amber and ${count('info')} informational flags`,
    );
  });

  it('offers each suggestion as a button, the suggested one first, and emits the one chosen', async () => {
    await render();
    const chosen: string[] = [];
    fixture.componentInstance.suggestionChosen.subscribe((id) => chosen.push(id));
    const morning = flag('next-morning-pain:2026-11-16');
    expect(buttons(morning).map((button) => button.textContent!.trim())).toEqual([
      'Reduce (suggested)',
      'Rebuild the plan',
    ]);
    const reduce = buttons(morning)[0];
    expect(element.querySelector(`#${CSS.escape(reduce.getAttribute('aria-describedby')!)}`)!.textContent).toContain(
      'Step back to 13.0 mi in the week of 2026-11-30',
    );
    reduce.click();
    expect(chosen).toEqual(['next-morning-pain:2026-11-16:reduce']);
  });

  it('says why a suggestion cannot be applied just now', async () => {
    await render(items, { applyBlocked: 'Save or discard your edits first.' });
    const chosen: string[] = [];
    fixture.componentInstance.suggestionChosen.subscribe((id) => chosen.push(id));
    expect(element.querySelector('.blocked')!.textContent).toBe('Save or discard your edits first.');
    buttons()[0].click();
    expect(chosen).toEqual([]);
  });

  it('offers nothing to apply on a discharged patient’s plan', async () => {
    await render(items, { readOnly: true });
    expect(buttons()).toEqual([]);
  });

  it('shows the ratio as information, with its band and source', async () => {
    await render();
    const ratio = element.querySelector('.ratio')!.textContent!;
    expect(ratio).toContain('Acute:chronic ratio (informational, uncoupled)');
    expect(ratio).toContain('1.58 in the week of Nov 16, 2026, at or above 1.5.');
    expect(ratio).toContain('Gabbett 2016');
  });

  it('says why there is no ratio with fewer than 4 earlier weeks', async () => {
    await render([], { ratio: ratios[2] });
    expect(element.querySelector('.ratio')!.textContent).toContain(
      'The ratio needs 4 earlier weeks of the run log; this week has 2 earlier weeks.',
    );
    expect(element.querySelector('.counts')!.textContent).toContain('No flags');
  });
});
