import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { Patient } from '@domain/contracts/patients';
import { ClinicDatePipe, formatClinicDate } from '../../ui/clinic-date-pipe';
import { AgePipe } from '../age-pipe';
import { diagnosisText, sideLabels } from '../patient-labels';
import { fullName } from '../patient-name';
import { StatusBadge } from '../status-badge/status-badge';

/** Who the patient is and where their care stands, with what can be done to the record. */
@Component({
  selector: 'app-patient-header',
  imports: [ClinicDatePipe, MatButton, MatIcon, AgePipe, StatusBadge],
  templateUrl: './patient-header.html',
  styleUrl: './patient-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientHeader {
  readonly patient = input.required<Patient>();
  /** Managers move patients between therapists. */
  readonly canReassign = input(false);
  /** A write is on its way: the actions wait for it. */
  readonly busy = input(false);
  readonly editRequested = output();
  readonly dischargeRequested = output();
  readonly reactivateRequested = output();
  readonly reassignRequested = output();

  protected readonly name = computed(() => fullName(this.patient()));
  protected readonly diagnosis = computed(() =>
    diagnosisText(this.patient().diagnosis, this.patient().diagnosisOther),
  );
  protected readonly side = computed(() => sideLabels[this.patient().affectedSide]);
  protected readonly discharged = computed(() => this.patient().status === 'discharged');
  protected readonly dischargeNote = computed(() => {
    const { dischargedOn, dischargeReason } = this.patient();
    const on = dischargedOn ? ` on ${formatClinicDate(dischargedOn)}` : '';
    return `Discharged${on}.` + (dischargeReason ? ` Reason: ${dischargeReason}` : '');
  });
}
