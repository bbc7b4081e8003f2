import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { SaveRunningPlanRequest } from '@domain/contracts/running';
import { mondayOf } from '@domain/training-load/calendar-weeks';
import { fromMetres } from '@domain/training-load/distance';
import {
  type PlannedWeekKind,
  maxPlanWeeks,
  plannedWeekKinds,
} from '@domain/training-load/plan-generator';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { severityIcons, severityLabels, weekKindLabels } from '../running-labels';
import type { PlanEditor as Editor } from '../state/running.selectors';

export interface DistanceChange {
  index: number;
  distance: number | null;
}

export interface KindChange {
  index: number;
  kind: PlannedWeekKind;
}

/**
 * The planned weeks as a table the therapist edits in place: each change is checked against the contract and the
 * plan's own rules at once, and a week that breaks one says which and why. Nothing is blocked; Save sends the
 * whole plan at the version the edits began from.
 */
@Component({
  selector: 'app-plan-editor',
  imports: [ClinicDatePipe, MatButton, MatIcon],
  templateUrl: './plan-editor.html',
  styleUrl: './plan-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanEditor {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly editor = input.required<Editor>();
  readonly today = input.required<string>();
  readonly readOnly = input(false);
  readonly busy = input(false);
  /** Why the last save failed when no week is to blame: offers Retry. */
  readonly failure = input<string | null>(null);
  readonly distanceChanged = output<DistanceChange>();
  readonly kindChanged = output<KindChange>();
  readonly weekAdded = output();
  readonly lastWeekRemoved = output();
  readonly undone = output();
  readonly discarded = output();
  readonly saved = output<SaveRunningPlanRequest>();

  protected readonly kinds = plannedWeekKinds;
  protected readonly kindLabels = weekKindLabels;
  protected readonly severityLabels = severityLabels;
  protected readonly severityIcons = severityIcons;
  protected readonly thisWeek = computed(() => mondayOf(this.today()));
  protected readonly flaggedWeeks = computed(
    () => this.editor().rows.filter((row) => row.flags.length).length,
  );
  protected readonly canAdd = computed(() => this.editor().rows.length < maxPlanWeeks);

  protected actual(metres: number | null): string {
    return metres === null ? '—' : fromMetres(metres, this.editor().unit).toFixed(1);
  }

  protected changeDistance(index: number, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const distance = text === '' ? null : Number(text);
    this.distanceChanged.emit({ index, distance: Number.isFinite(distance) ? distance : null });
  }

  protected changeKind(index: number, event: Event): void {
    this.kindChanged.emit({ index, kind: (event.target as HTMLSelectElement).value as PlannedWeekKind });
  }

  // Disabled buttons stay focusable (disabledInteractive), so each handler checks it may act.
  protected addWeek(): void {
    if (this.canAdd()) this.weekAdded.emit();
  }

  protected removeLastWeek(): void {
    if (this.editor().rows.length > 1) this.lastWeekRemoved.emit();
  }

  protected undo(): void {
    if (this.editor().canUndo) this.undone.emit();
  }

  protected discard(): void {
    if (this.editor().canUndo) this.discarded.emit();
  }

  protected save(): void {
    if (this.busy() || !this.editor().dirty) return;
    const request = this.editor().request;
    if (request) {
      this.saved.emit(request);
      return;
    }
    this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
