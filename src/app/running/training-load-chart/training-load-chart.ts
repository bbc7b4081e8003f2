import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  LOCALE_ID,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatIcon } from '@angular/material/icon';
import type { DistanceUnit } from '@domain/contracts/patients';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import type { LoadWeek } from '../state/running.selectors';
import { loadChartConfig, loadChartSummary, loadTableRows } from './load-chart-data';

// Only the pieces this chart draws, registered here in the lazy running chunk: chart.js stays out of the
// initial bundle (STACK.md, gotcha 4).
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Legend,
  Tooltip,
  annotationPlugin,
);

/**
 * Planned against actual weekly distance with next-morning pain and the flagged weeks, drawn with chart.js. The
 * same numbers are one click away as a table, the canvas's accessible name summarises them, and nothing animates
 * for someone who asked for reduced motion.
 */
@Component({
  selector: 'app-training-load-chart',
  imports: [MatButton, MatButtonToggle, MatButtonToggleGroup, MatCheckbox, MatIcon],
  templateUrl: './training-load-chart.html',
  styleUrl: './training-load-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingLoadChart {
  private readonly locale = inject(LOCALE_ID);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly reducedMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  private chart: Chart<'bar' | 'line', (number | null)[], string> | null = null;

  readonly weeks = input.required<readonly LoadWeek[]>();
  /** The patient's unit; the toggle shows the other one on request. */
  readonly unit = input.required<DistanceUnit>();
  /** The plan's maximum weekly increase; null without a mileage plan (no safe range then). */
  readonly weeklyIncreasePercent = input<number | null>(null);
  readonly today = input.required<string>();
  /** Names the saved image: "running-ana-silva-2026-11-25.png". */
  readonly fileName = input('running');

  protected readonly shownUnit = linkedSignal(() => this.unit());
  protected readonly showRatio = signal(false);
  protected readonly showTable = signal(false);
  private destroyed = false;
  private readonly options = computed(() => ({
    unit: this.shownUnit(),
    weeklyIncreasePercent: this.weeklyIncreasePercent(),
    showRatio: this.showRatio(),
    today: this.today(),
    locale: this.locale,
    reducedMotion: this.reducedMotion,
  }));
  protected readonly summary = computed(() => loadChartSummary(this.weeks(), this.options()));
  protected readonly rows = computed(() => loadTableRows(this.weeks(), this.options()));
  protected readonly hasPlan = computed(() => this.weeks().some((week) => week.plannedMetres !== null));

  constructor() {
    afterNextRender(() => {
      // Drawn in the next frame, once the browser has laid out the tab: Chart.js reads its container's size
      // as it starts, and before that layout the read would force the whole new tab (a 104-row plan table
      // with an input per week, the run log) to be laid out inside the chart's start. The tables paint first.
      requestAnimationFrame(() => {
        if (this.destroyed) return;
        // Performance marks for the bench (and a browser's performance panel): the chart's first draw, which
        // Chart.js does synchronously in its constructor when there is no animation.
        performance.mark('load-chart-start');
        this.chart = new Chart(this.canvas().nativeElement, loadChartConfig(this.weeks(), this.options()));
        performance.measure('load-chart-render', 'load-chart-start');
      });
    });
    effect(() => {
      const config = loadChartConfig(this.weeks(), this.options());
      untracked(() => {
        if (!this.chart) return;
        this.chart.data = config.data;
        this.chart.options = config.options!;
        this.chart.update();
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
  }

  protected showUnit(unit: DistanceUnit): void {
    this.shownUnit.set(unit);
  }

  protected savePng(): void {
    const link = document.createElement('a');
    link.href = this.canvas().nativeElement.toDataURL('image/png');
    link.download = `${this.fileName()}.png`;
    link.click();
  }
}
