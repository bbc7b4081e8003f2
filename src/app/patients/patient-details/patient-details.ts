import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type Patient, languageLabels } from '@domain/contracts/patients';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { distanceUnitLabels, sexLabels } from '../patient-labels';

/** The rest of the record: contact, running background and clinical notes, as entered. */
@Component({
  selector: 'app-patient-details',
  imports: [ClinicDatePipe],
  templateUrl: './patient-details.html',
  styleUrl: './patient-details.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientDetails {
  readonly patient = input.required<Patient>();

  protected readonly languageLabels = languageLabels;
  protected readonly sexLabels = sexLabels;
  protected readonly unitLabels = distanceUnitLabels;
}
