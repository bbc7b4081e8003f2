import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { sources } from '@domain/training-load/sources';
import {
  type WalkJogAdvice,
  type WalkJogLevelNumber,
  walkJogCriteria,
  walkJogLevels,
} from '@domain/training-load/walk-jog-levels';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { RuleSource } from '../rule-source/rule-source';

/**
 * The return-to-run levels (CLINICAL-RULES §3) with the rules for moving up, one level marked in words ("Start",
 * "Next session") as well as by its tint, and the advice for the next session once sessions are logged.
 */
@Component({
  selector: 'app-walk-jog-levels',
  imports: [ClinicDatePipe, RuleSource],
  templateUrl: './walk-jog-levels.html',
  styleUrl: './walk-jog-levels.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WalkJogLevels {
  readonly marked = input<WalkJogLevelNumber | null>(null);
  readonly markLabel = input('Start');
  readonly advice = input<WalkJogAdvice | null>(null);

  protected readonly levels = walkJogLevels;
  protected readonly criteria = walkJogCriteria;
  protected readonly levelSource = sources['walk-jog-levels'];
  protected readonly sorenessSource = sources['soreness-rules'];
}
