import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { DistanceUnit } from '@domain/contracts/patients';
import type { CreateRunRequest, Run } from '@domain/contracts/running';
import { fromMetres, toMetres } from '@domain/training-load/distance';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';

interface FieldDifference {
  label: string;
  saved: string;
  yours: string;
}

/** Someone else saved this run while it was being edited: both are shown, and the therapist chooses. */
@Component({
  selector: 'app-stale-run-panel',
  imports: [ClinicDatePipe, MatButton],
  template: `
    <section aria-labelledby="stale-run-heading">
      <div role="alert">
        <h3 id="stale-run-heading" #heading tabindex="-1">
          Someone else saved this run while you were editing
        </h3>
        <p>
          Their save is from {{ current().updatedAt | clinicDate: 'dateTime' }}. Nothing was overwritten:
          choose which values to keep.
        </p>
      </div>
      @if (differences().length) {
        <table>
          <caption>
            Fields where the saved run and yours differ
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved now</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            @for (difference of differences(); track difference.label) {
              <tr>
                <th scope="row">{{ difference.label }}</th>
                <td>{{ difference.saved }}</td>
                <td>{{ difference.yours }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <div class="choices">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="keptMine.emit()">
          Keep mine
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="tookSaved.emit()">
          Use the saved run
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 12px;
      padding: 12px 16px;
      border: 2px solid var(--mat-sys-error);
      border-radius: 8px;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    table {
      border-collapse: collapse;
      margin-bottom: 8px;
    }
    caption {
      text-align: left;
      padding-bottom: 6px;
    }
    th,
    td {
      padding: 4px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    .choices {
      display: flex;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleRunPanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly current = input.required<Run>();
  readonly mine = input.required<CreateRunRequest>();
  readonly unit = input.required<DistanceUnit>();
  readonly busy = input(false);
  readonly keptMine = output();
  readonly tookSaved = output();

  protected readonly differences = computed((): FieldDifference[] => {
    const saved = this.current();
    const mine = this.mine();
    const unit = this.unit();
    const text = (value: unknown) => (value === null || value === undefined || value === '' ? '(empty)' : String(value));
    const myMetres = toMetres(mine.distance, mine.distanceUnit ?? unit);
    const rows: FieldDifference[] = [
      { label: 'Date', saved: saved.date, yours: mine.date },
      {
        label: `Distance (${unit})`,
        saved: fromMetres(saved.distanceMetres, unit).toFixed(1),
        yours: fromMetres(myMetres, unit).toFixed(1),
      },
      { label: 'Minutes', saved: text(saved.durationMinutes), yours: text(mine.durationMinutes) },
      { label: 'Pain during', saved: text(saved.painDuring), yours: text(mine.painDuring) },
      { label: 'Pain next morning', saved: text(saved.painNextMorning), yours: text(mine.painNextMorning) },
      { label: 'Notes', saved: text(saved.notes), yours: text(mine.notes) },
    ];
    return rows.filter((row) => row.saved !== row.yours);
  });

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
