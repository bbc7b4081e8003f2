import {
  ComponentRef,
  DestroyRef,
  Directive,
  ViewContainerRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import type { WeekTotal } from '@domain/cross-training/weekly-totals';
import type { WeeklyTotalsChart } from './weekly-totals-chart';

/**
 * Draws the weekly totals chart once its chunk has loaded: chart.js comes with it, so neither the initial bundle
 * nor the cross-training tab's chunk carries it. A dynamic `import()` rather than `@defer`, whose runtime would add
 * about 7 kB to the initial bundle for this one use.
 */
@Directive({ selector: 'ng-container[appLazyTotalsChart]' })
export class LazyTotalsChart {
  private readonly container = inject(ViewContainerRef);
  private readonly chart = signal<ComponentRef<WeeklyTotalsChart> | null>(null);

  readonly appLazyTotalsChart = input.required<WeekTotal[]>();

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./weekly-totals-chart').then(({ WeeklyTotalsChart }) => {
      if (destroyed) return;
      const chart = this.container.createComponent(WeeklyTotalsChart);
      chart.setInput('totals', this.appLazyTotalsChart());
      this.chart.set(chart);
    });
    effect(() => this.chart()?.setInput('totals', this.appLazyTotalsChart()));
  }
}
