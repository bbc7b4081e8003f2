import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { DistanceUnit } from '@domain/contracts/patients';
import type { Run } from '@domain/contracts/running';
import { fromMetres } from '@domain/training-load/distance';
import { type PainZone, painZone } from '@domain/training-load/pain-zones';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { sorenessLabels } from '../running-labels';

const zoneWords: Readonly<Record<PainZone, string>> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
};

/** The runs logged for the patient, newest first, each with its pain scores in words and numbers. */
@Component({
  selector: 'app-run-log',
  imports: [ClinicDatePipe, MatIcon, MatIconButton],
  templateUrl: './run-log.html',
  styleUrl: './run-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunLog {
  readonly runs = input.required<readonly Run[]>();
  readonly unit = input.required<DistanceUnit>();
  readonly readOnly = input(false);
  /** The run being deleted: its buttons wait. */
  readonly deletingId = input<string | null>(null);
  readonly editRequested = output<string>();
  readonly deleteRequested = output<Run>();

  protected distance(run: Run): string {
    return fromMetres(run.distanceMetres, this.unit()).toFixed(1);
  }

  protected pain(nprs: number | null): string {
    return nprs === null ? 'Not logged' : `${nprs} (${zoneWords[painZone(nprs)]})`;
  }

  protected zone(nprs: number | null): PainZone | null {
    return nprs === null ? null : painZone(nprs);
  }

  protected walkJog(run: Run): string {
    const session = run.walkJog;
    if (!session) return '—';
    const done = session.completed ? 'done in full' : 'not completed';
    const swelling = session.swellingIncreased ? ', swelling increased' : '';
    return `Level ${session.level}, ${done}, ${sorenessLabels[session.soreness].toLowerCase()}${swelling}`;
  }
}
