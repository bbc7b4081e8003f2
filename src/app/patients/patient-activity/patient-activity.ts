import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { Patient } from '@domain/contracts/patients';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import type { AuditTrailState } from '../state/patients.feature';

/** How the audit log's actions read to a manager; an action not listed here shows as recorded. */
export const auditActionLabels: Readonly<Partial<Record<string, string>>> = {
  'patient.created': 'Added the patient',
  'patient.viewed': 'Opened the record',
  'patient.updated': 'Edited the record',
  'patient.discharged': 'Discharged the patient',
  'patient.reactivated': 'Reactivated the patient',
  'patient.reassigned': 'Reassigned the patient',
  'patient.audit_viewed': 'Viewed this activity',
  'patient.access_denied': 'Was refused the record',
};

/**
 * Who did what to the record, when. Managers see the audit trail; a therapist sees when the
 * record was created and last changed, and is told that the full trail is kept.
 */
@Component({
  selector: 'app-patient-activity',
  imports: [ClinicDatePipe, MatProgressBar],
  templateUrl: './patient-activity.html',
  styleUrl: './patient-activity.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientActivity {
  readonly patient = input.required<Patient>();
  /** The manager's view: null for a therapist. */
  readonly trail = input<AuditTrailState | null>(null);
  readonly showTrail = input(false);

  protected readonly actionLabels = auditActionLabels;
}
