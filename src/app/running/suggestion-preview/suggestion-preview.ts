import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { DistanceUnit } from '@domain/contracts/patients';
import { formatDistance } from '@domain/training-load/distance';
import type { PlannedWeek } from '@domain/training-load/plan-generator';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { weekKindLabels } from '../running-labels';
import type { SuggestionPreview as Preview } from '../state/running.selectors';

/**
 * What a suggestion would change, before it is saved: only the weeks after the current one, each as planned now
 * and as it would be. Applying saves a new version of the plan; the earlier versions stay in its history.
 */
@Component({
  selector: 'app-suggestion-preview',
  imports: [ClinicDatePipe, MatButton],
  templateUrl: './suggestion-preview.html',
  styleUrl: './suggestion-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuggestionPreview {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly preview = input.required<Preview>();
  readonly unit = input.required<DistanceUnit>();
  readonly busy = input(false);
  /** Why the last attempt failed: Apply becomes Retry. */
  readonly failure = input<string | null>(null);
  readonly applied = output();
  readonly closed = output();

  constructor() {
    // Keyboard and screen-reader users land on what the suggestion changes.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected apply(): void {
    if (!this.busy()) this.applied.emit();
  }

  protected week(week: PlannedWeek | null): string {
    return week ? `${formatDistance(week.plannedMetres, this.unit())}, ${weekKindLabels[week.kind].toLowerCase()}` : '—';
  }
}
