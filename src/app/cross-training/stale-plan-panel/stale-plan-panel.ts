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
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';

/**
 * Someone else saved this cross-training plan while this therapist edited it. Nothing is overwritten silently:
 * they take the saved plan (their edits go) or keep theirs as the next version (the other stays in the history).
 */
@Component({
  selector: 'app-stale-cross-training-panel',
  imports: [ClinicDatePipe, MatButton],
  template: `
    <section class="stale" aria-labelledby="stale-cross-training-heading">
      <div role="alert">
        <h3 id="stale-cross-training-heading" #heading tabindex="-1">
          Someone else saved this plan while you were editing
        </h3>
        <p>
          {{ current().savedBy.displayName }} saved version {{ current().version }} at
          {{ current().savedAt | clinicDate: 'dateTime' }}: {{ current().changeSummary }}. Nothing was
          overwritten: choose which plan to keep.
        </p>
      </div>
      <div class="choices">
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="tookSaved.emit()">
          Use the saved plan
        </button>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="keptMine.emit()">
          Keep mine as the next version
        </button>
      </div>
      <p class="explain">
        Keep mine saves your plan as version {{ current().version + 1 }}; theirs stays in the history. Use the saved
        plan drops your unsaved changes and shows theirs.
      </p>
    </section>
  `,
  styles: `
    .stale {
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-surface-container);
      padding: 8px 16px;
      margin: 12px 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .explain {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleCrossTrainingPanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The version saved now, by someone else. */
  readonly current = input.required<CrossTrainingVersion>();
  readonly busy = input(false);
  readonly keptMine = output();
  readonly tookSaved = output();

  constructor() {
    // The choice comes first: keyboard and screen-reader users land on it.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
