import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { modalityName } from '@domain/cross-training/modalities';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import type { PlannedSessionWeek } from '@domain/cross-training/progression';
import { addWeeks } from '@domain/training-load/calendar-weeks';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import type { WeekEditDraft } from '../plan-draft';
import { numberOf } from '../plan-form/plan-form';

export interface WeekMinutesEdit {
  week: number;
  sessionId: string;
  /** Null takes the edit away: the week goes back to the progression. */
  minutes: number | null;
}

/**
 * Each week's minutes per session from the progression (domain `plannedWeeks`), editable per week. A cell set by
 * hand is marked, and emptying it gives the week back to the progression.
 */
@Component({
  selector: 'app-progression-table',
  imports: [ClinicDatePipe],
  template: `
    <table class="weeks">
      <caption>
        Minutes per session, week by week. Cells set by hand are marked ✎; empty one to go back to the
        progression.
      </caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          @for (session of plan().sessions; track session.id) {
            <th scope="col">{{ name(session.id) }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of weeks(); track $index; let w = $index) {
          <tr>
            <th scope="row">{{ w + 1 }} <span class="date">({{ weekStart(w) | clinicDate: 'date' }})</span></th>
            @for (cell of week; track cell.sessionId) {
              <td [class.edited]="cell.edited || !!typed(w, cell.sessionId)">
                <input
                  type="number"
                  min="5"
                  max="180"
                  [attr.aria-label]="'Week ' + (w + 1) + ', ' + name(cell.sessionId) + ', minutes' + (cell.edited ? ' (set by hand)' : '')"
                  [attr.aria-invalid]="!!errorOf(w, cell.sessionId)"
                  [value]="typed(w, cell.sessionId)?.minutes ?? cell.minutes"
                  [readOnly]="readOnly()"
                  (input)="edit(w, cell.sessionId, $event)"
                />
                @if (cell.edited || typed(w, cell.sessionId)) {
                  <span class="mark" aria-hidden="true">✎</span>
                }
                @if (errorOf(w, cell.sessionId); as error) {
                  <span class="error">{{ error }}</span>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      color: var(--mat-sys-on-surface-variant);
      padding-bottom: 8px;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      white-space: nowrap;
    }
    input {
      width: 64px;
      font: inherit;
      padding: 4px;
    }
    td.edited input {
      border: 2px solid var(--mat-sys-tertiary);
      font-weight: 600;
    }
    .mark {
      margin-inline-start: 4px;
      color: var(--mat-sys-tertiary);
    }
    .date {
      color: var(--mat-sys-on-surface-variant);
      font-weight: normal;
    }
    .error {
      display: block;
      color: var(--mat-sys-error);
      white-space: normal;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressionTable {
  readonly plan = input.required<CrossTrainingPlan>();
  readonly weeks = input.required<PlannedSessionWeek[][]>();
  /** The minutes typed per week, valid or not, so an out-of-range entry stays on screen with its message. */
  readonly weekEdits = input<WeekEditDraft[]>([]);
  readonly errors = input<Record<string, string[]>>({});
  readonly readOnly = input(false);
  readonly minutesEdited = output<WeekMinutesEdit>();

  private readonly names = computed(
    () => new Map(this.plan().sessions.map((s, i) => [s.id, `${i + 1}. ${modalityName(s.modality, s.otherModality)}`])),
  );

  protected name(sessionId: string): string {
    return this.names().get(sessionId) ?? sessionId;
  }

  protected weekStart(week: number): string {
    return addWeeks(this.plan().startWeek, week);
  }

  protected typed(week: number, sessionId: string): WeekEditDraft | undefined {
    return this.weekEdits().find((e) => e.week === week && e.sessionId === sessionId);
  }

  protected errorOf(week: number, sessionId: string): string | null {
    const index = this.weekEdits().findIndex((e) => e.week === week && e.sessionId === sessionId);
    if (index < 0) return null;
    const errors = this.errors();
    return (errors[`weekEdits.${index}.minutes`] ?? errors[`weekEdits.${index}`])?.join(' ') ?? null;
  }

  protected edit(week: number, sessionId: string, event: Event): void {
    this.minutesEdited.emit({ week, sessionId, minutes: numberOf(event) });
  }
}
