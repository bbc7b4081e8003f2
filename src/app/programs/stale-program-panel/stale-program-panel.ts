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
import type { ProgramVersion } from '@domain/contracts/programs';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';

/**
 * Someone else saved this program while this therapist worked on it. Nothing is overwritten silently: they see
 * the other version (their own work goes) or keep theirs as the next version (the other stays in the history).
 */
@Component({
  selector: 'app-stale-program-panel',
  imports: [ClinicDatePipe, MatButton],
  template: `
    <section class="stale" aria-labelledby="stale-program-heading">
      <div role="alert">
        <h3 id="stale-program-heading" #heading tabindex="-1">
          Someone else saved this program while you were editing
        </h3>
        <p>
          {{ current().savedBy.displayName }} saved version {{ current().version }} at
          {{ current().savedAt | clinicDate: 'dateTime' }}:
          {{ current().changeSummary ?? 'no summary' }}. Nothing was overwritten: choose which
          program to keep.
        </p>
      </div>
      <div class="choices">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="keptMine.emit()">
          Keep mine as the next version
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="tookTheirs.emit()">
          See their version
        </button>
      </div>
      <p class="explain">
        Keep mine saves your program as version {{ current().version + 1 }}; theirs stays in the
        history to compare. See their version drops your unsaved changes and shows theirs.
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
export class StaleProgramPanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The version saved now, by someone else. */
  readonly current = input.required<ProgramVersion>();
  readonly busy = input(false);
  readonly keptMine = output<void>();
  readonly tookTheirs = output<void>();

  constructor() {
    // The choice must be made before anything else: focus goes to it.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
