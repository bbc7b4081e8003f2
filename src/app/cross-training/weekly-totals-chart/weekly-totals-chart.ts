import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import type { WeekTotal } from '@domain/cross-training/weekly-totals';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { totalsChartConfig, totalsChartSummary } from './totals-chart-data';

// Registered here, in the chart's own deferred chunk: chart.js stays out of the initial bundle and out of the
// cross-training tab's chunk until the chart scrolls into view (STACK.md, gotcha 4).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Weekly cross-training minutes per activity over the plan's weeks, as stacked bars. The canvas's accessible name
 * sums it up; the weekly totals table beside it is the full accessible alternative.
 */
@Component({
  selector: 'app-weekly-totals-chart',
  template: `
    <div class="canvas">
      <canvas #canvas role="img" [attr.aria-label]="summary()">{{ summary() }}</canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    .canvas {
      position: relative;
      height: 280px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeeklyTotalsChart {
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly reducedMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  private chart: Chart<'bar'> | null = null;

  readonly totals = input.required<WeekTotal[]>();

  protected readonly summary = computed(() => totalsChartSummary(this.totals()));

  constructor() {
    afterNextRender(() => {
      this.chart = new Chart(
        this.canvas().nativeElement,
        totalsChartConfig(this.totals(), this.reducedMotion),
      );
    });
    effect(() => {
      const config = totalsChartConfig(this.totals(), this.reducedMotion);
      untracked(() => {
        if (!this.chart) return;
        this.chart.data = config.data;
        this.chart.update();
      });
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
