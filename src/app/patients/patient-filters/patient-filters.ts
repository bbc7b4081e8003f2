import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipListboxChange, MatChipOption } from '@angular/material/chips';
import {
  type Diagnosis,
  type PatientStatus,
  diagnoses,
  diagnosisLabels,
  patientStatusLabels,
  patientStatuses,
} from '@domain/contracts/patients';
import type { ListQuery } from '../patient-list-query';
import type { Therapist } from '../patients-client';

/** Filter chips for the list: status and diagnosis (any of those picked), and one therapist. */
@Component({
  selector: 'app-patient-filters',
  imports: [MatButton, MatChipListbox, MatChipOption],
  templateUrl: './patient-filters.html',
  styleUrl: './patient-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientFilters {
  readonly query = input.required<ListQuery>();
  readonly therapists = input<readonly Therapist[]>([]);
  /** Managers narrow the clinic's list to one therapist's caseload. */
  readonly showTherapist = input(false);
  readonly statusChanged = output<PatientStatus[]>();
  readonly diagnosisChanged = output<Diagnosis[]>();
  readonly therapistChanged = output<string | null>();
  readonly cleared = output();

  protected readonly statuses = patientStatuses;
  protected readonly statusLabels = patientStatusLabels;
  protected readonly diagnoses = diagnoses;
  protected readonly diagnosisLabels = diagnosisLabels;
  protected readonly filtered = computed(() => {
    const { status, diagnosis, therapistId } = this.query();
    return status.length > 0 || diagnosis.length > 0 || therapistId !== null;
  });

  protected changeStatus(change: MatChipListboxChange): void {
    this.statusChanged.emit(change.value as PatientStatus[]);
  }

  protected changeDiagnosis(change: MatChipListboxChange): void {
    this.diagnosisChanged.emit(change.value as Diagnosis[]);
  }

  protected changeTherapist(change: MatChipListboxChange): void {
    this.therapistChanged.emit((change.value as string | undefined) ?? null);
  }
}
