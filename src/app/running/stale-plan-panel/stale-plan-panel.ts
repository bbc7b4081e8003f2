import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { RunningPlanDto } from '@domain/contracts/running';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { describePlan } from '../describe-plan';
import { weekKindLabels } from '../running-labels';
import type { PlanDraftWeek } from '../state/running.feature';
import type { PlanConflict } from '../state/running.selectors';

/**
 * Someone else saved the plan, or made one, while this therapist worked on it. Nothing is overwritten silently:
 * an edit shows the saved weeks beside theirs and can keep their changes on top of the saved plan (a colleague's
 * other weeks stay); a new plan can replace the saved one as the next version. Or they take the saved plan.
 */
@Component({
  selector: 'app-stale-plan-panel',
  imports: [ClinicDatePipe, MatButton],
  templateUrl: './stale-plan-panel.html',
  styleUrl: './stale-plan-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StalePlanPanel {
  private readonly locale = inject(LOCALE_ID);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The plan as it is saved now. */
  readonly current = input.required<RunningPlanDto>();
  /** What lost: edits of the weeks, or a new plan. */
  readonly lost = input.required<'edit' | 'new-plan'>();
  /** The weeks to compare and merge; null when the edits cannot go on top of the saved plan. */
  readonly conflict = input<PlanConflict | null>(null);
  readonly busy = input(false);
  readonly keptMine = output();
  readonly tookSaved = output();

  protected readonly saved = computed(() => describePlan(this.current(), this.locale));
  protected readonly unit = computed(() => this.conflict()?.current.settings.unit ?? '');

  constructor() {
    // Keyboard and screen-reader users land on the question, not below the table.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected week(week: PlanDraftWeek | null): string {
    if (!week) return '(no week)';
    const distance = week.distance === null ? '(empty)' : `${week.distance.toFixed(1)} ${this.unit()}`;
    return `${distance}, ${weekKindLabels[week.kind].toLowerCase()}`;
  }
}
