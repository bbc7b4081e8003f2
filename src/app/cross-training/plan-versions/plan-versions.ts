import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type {
  CrossTrainingVersion,
  CrossTrainingVersionSummary,
} from '@domain/contracts/cross-training';
import { modalityName } from '@domain/cross-training/modalities';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import { intensityText } from '@domain/cross-training/plan-changes';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { weekdayLabels } from '../../exercises/exercise-labels';

/** A saved plan in a few lines: its weeks and progression, each session, the run days. */
export function planInWords(plan: CrossTrainingPlan): {
  settings: string;
  sessions: string[];
  runs: string;
} {
  const progression =
    plan.progression.kind === 'percent'
      ? `rising ${plan.progression.percentPerWeek} % a week up to ${plan.progression.capMinutes} min a session`
      : 'the same minutes every week';
  const edited = plan.weekEdits.length
    ? `, ${plan.weekEdits.length} week${plan.weekEdits.length === 1 ? '' : 's'} set by hand`
    : '';
  return {
    settings: `${plan.weeks} week${plan.weeks === 1 ? '' : 's'}, ${progression}${edited}.`,
    sessions: plan.sessions.map(
      (s) =>
        `${modalityName(s.modality, s.otherModality)}: ${s.minutes} min, ${intensityText(s.intensity)}, ` +
        (s.weekdays.length ? s.weekdays.map((d) => weekdayLabels[d]).join(', ') : 'no days chosen'),
    ),
    runs: plan.runDays.length
      ? `Runs: ${plan.runDays.map((r) => `${weekdayLabels[r.weekday]} (${r.kind})`).join(', ')}.`
      : 'No run days.',
  };
}

/**
 * Every saved version of the cross-training plan (who, when, what changed), one shown in full, and a way back to an
 * earlier one: restoring saves it again as the newest version, so nothing in the history is lost.
 */
@Component({
  selector: 'app-plan-versions',
  imports: [ClinicDatePipe, MatButton],
  templateUrl: './plan-versions.html',
  styleUrl: './plan-versions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanVersions {
  /** Newest first. */
  readonly versions = input.required<readonly CrossTrainingVersionSummary[]>();
  readonly loading = input(false);
  readonly shown = input<CrossTrainingVersion | null>(null);
  /** Why an earlier version cannot be restored now (unsaved edits, a discharged patient), or null. */
  readonly restoreBlocked = input<string | null>(null);
  readonly viewed = output<number>();
  readonly closed = output<void>();
  readonly restored = output<CrossTrainingVersion>();

  protected readonly latest = computed(() => this.versions()[0]?.version ?? 0);
  protected readonly shownWords = computed(() => {
    const version = this.shown();
    return version ? planInWords(version.plan) : null;
  });
}
