import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { AcuteChronicPoint } from '@domain/training-load/load-checks';
import { acuteChronicBands } from '@domain/training-load/load-checks';
import { sources } from '@domain/training-load/sources';
import { ClinicDatePipe, formatClinicDate } from '../../ui/clinic-date-pipe';
import { RuleSource } from '../rule-source/rule-source';
import { flagRuleLabels, severityIcons, severityLabels } from '../running-labels';
import type { FlagItem } from '../state/running.selectors';

const bandWords = {
  below: 'below the 0.8–1.3 band',
  'sweet-spot': 'within the 0.8–1.3 band',
  above: 'above the 0.8–1.3 band',
  danger: 'at or above 1.5',
} as const;

/**
 * Every flag on the plan and the run log, the latest week first: its severity in words and an icon (never colour
 * alone), the plain message with the numbers, where the rule comes from, and what the therapist can do about it.
 * The acute:chronic ratio is shown apart, as information only.
 */
@Component({
  selector: 'app-flags-panel',
  imports: [ClinicDatePipe, MatButton, MatIcon, RuleSource],
  templateUrl: './flags-panel.html',
  styleUrl: './flags-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlagsPanel {
  private readonly locale = inject(LOCALE_ID);

  readonly items = input.required<readonly FlagItem[]>();
  readonly ratio = input<AcuteChronicPoint | null>(null);
  readonly readOnly = input(false);
  /** Why suggestions cannot be applied just now (unsaved edits, a save under way); null when they can. */
  readonly applyBlocked = input<string | null>(null);
  readonly suggestionChosen = output<string>();

  protected readonly severityLabels = severityLabels;
  protected readonly severityIcons = severityIcons;
  protected readonly ruleLabels = flagRuleLabels;
  protected readonly ratioSource = sources['acute-chronic-ratio'];
  protected readonly bands = acuteChronicBands;
  protected readonly counts = computed(() => {
    const flags = this.items().map((item) => item.flag);
    return {
      red: flags.filter((flag) => flag.severity === 'red').length,
      amber: flags.filter((flag) => flag.severity === 'amber').length,
      info: flags.filter((flag) => flag.severity === 'info').length,
    };
  });
  protected readonly ratioText = computed(() => {
    const point = this.ratio();
    if (!point) return 'No runs are logged yet, so there is no ratio to show.';
    if (point.ratio === null) return point.reason ?? 'There is no ratio this week.';
    const week = formatClinicDate(point.weekStart, 'date', this.locale);
    return `${point.ratio.toFixed(2)} in the week of ${week}, ${bandWords[point.band!]}.`;
  });

  protected choose(suggestionId: string): void {
    // The buttons stay focusable while blocked (disabledInteractive), so the click arrives here.
    if (this.applyBlocked() === null) this.suggestionChosen.emit(suggestionId);
  }
}
