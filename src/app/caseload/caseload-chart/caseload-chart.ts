import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { Params, RouterLink } from '@angular/router';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { summaryReceivedMark } from '../caseload-client';
import type { CaseloadChart as ChartModel } from '../caseload-charts';

// Registered here, in the lazy caseload chunk: chart.js stays out of the initial bundle (STACK.md, gotcha 4).
Chart.register(
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/**
 * One dashboard chart. A click on a bar or segment asks to open the patients it counts; the same numbers are a
 * table one click away, each number a link to the same patients, for keyboards and screen readers.
 */
@Component({
  selector: 'app-caseload-chart',
  imports: [MatButton, MatIcon, RouterLink],
  templateUrl: './caseload-chart.html',
  styleUrl: './caseload-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadChart {
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private drawn: Chart<'bar' | 'doughnut', number[], string> | null = null;
  private destroyed = false;

  readonly chart = input.required<ChartModel>();
  /** The Patients page's query for the clicked bar or segment. */
  readonly picked = output<Params>();

  protected readonly showTable = signal(false);

  constructor() {
    afterNextRender(() => {
      // In the frame after layout: Chart.js reads its container's size as it starts (as the running chart does).
      requestAnimationFrame(() => {
        if (this.destroyed) return;
        this.drawn = new Chart(this.canvas().nativeElement, this.configOf(this.chart()));
        this.markDrawn();
      });
    });
    effect(() => {
      const model = this.chart();
      untracked(() => {
        if (!this.drawn) return;
        const config = this.configOf(model);
        this.drawn.data = config.data;
        this.drawn.options = config.options!;
        this.drawn.update();
        this.markDrawn();
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.drawn?.destroy();
    });
  }

  private configOf(model: ChartModel) {
    return {
      ...model.config,
      options: {
        ...model.config.options,
        onClick: (_: unknown, elements: { datasetIndex: number; index: number }[]) => {
          const [element] = elements;
          const link = element && this.chart().links[element.datasetIndex]?.[element.index];
          if (link) this.picked.emit(link);
        },
        onHover: (event: { native: Event | null }, elements: unknown[]) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
        },
      },
    } as typeof model.config;
  }

  /** For the bench (and a browser's performance panel): from the summary's arrival to this chart drawn. */
  private markDrawn(): void {
    if (performance.getEntriesByName(summaryReceivedMark, 'mark').length) {
      performance.measure(`caseload-chart:${this.chart().id}`, summaryReceivedMark);
    }
  }
}
