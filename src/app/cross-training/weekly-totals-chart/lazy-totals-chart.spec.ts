import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { type WeekTotal, weeklyTotals } from '@domain/cross-training/weekly-totals';
import { LazyTotalsChart } from './lazy-totals-chart';

@Component({
  imports: [LazyTotalsChart],
  template: `<ng-container [appLazyTotalsChart]="totals()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly totals = signal<WeekTotal[]>(weeklyTotals(swimBikePlan()));
}

describe('LazyTotalsChart', () => {
  async function settle(
    fixture: { whenStable(): Promise<unknown> },
    done: () => boolean,
  ): Promise<void> {
    for (let i = 0; i < 50 && !done(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
  }

  it('draws the chart once its chunk has loaded, and passes the totals on as they change', async () => {
    const fixture = TestBed.createComponent(Host);
    const element: HTMLElement = fixture.nativeElement;
    const canvas = () => element.querySelector('app-weekly-totals-chart canvas');
    await settle(fixture, () => canvas() !== null);
    expect(canvas()!.getAttribute('aria-label')).toContain('over 6 weeks');

    fixture.componentInstance.totals.set(weeklyTotals(swimBikePlan({ weeks: 3 })));
    await settle(fixture, () => canvas()!.getAttribute('aria-label')!.includes('over 3 weeks'));
    expect(canvas()!.getAttribute('aria-label')).toContain('over 3 weeks');
    fixture.destroy();
  });
});
