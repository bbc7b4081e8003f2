import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type PatientSummary, diagnosisLabels } from '@domain/contracts/patients';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { AgePipe } from '../age-pipe';
import { sideLabels } from '../patient-labels';
import type { PatientSort, SortDirection } from '../patient-list-query';
import { listName } from '../patient-name';
import { StatusBadge } from '../status-badge/status-badge';

export interface SortChange {
  sort: PatientSort;
  direction: SortDirection;
}

/**
 * One page of patients. The keyboard moves an active row: ArrowUp/ArrowDown (Home/End) move focus
 * between the rows' name links, Enter opens the patient. Only the active row's link is in the Tab
 * order, so Tab steps past 50 rows in one go.
 */
@Component({
  selector: 'app-patients-table',
  imports: [
    ClinicDatePipe,
    RouterLink,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    MatTable,
    AgePipe,
    StatusBadge,
  ],
  templateUrl: './patients-table.html',
  styleUrl: './patients-table.scss',
  // Keys pressed on a row's link bubble up to here.
  host: { '(keydown)': 'moveActiveRow($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientsTable {
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  readonly patients = input.required<readonly PatientSummary[]>();
  readonly sort = input.required<PatientSort>();
  readonly direction = input.required<SortDirection>();
  /** Managers see every therapist's patients, so the therapist gets a column. */
  readonly showTherapist = input(false);
  readonly sortChanged = output<SortChange>();
  readonly opened = output<PatientSummary>();

  protected readonly activeIndex = signal(0);
  protected readonly columns = computed(() => [
    'name',
    'age',
    'diagnosis',
    'side',
    'status',
    ...(this.showTherapist() ? ['therapist'] : []),
    'startDate',
    'updatedAt',
  ]);
  protected readonly listName = listName;

  constructor() {
    // A new page of rows starts at its first row.
    effect(() => {
      this.patients();
      this.activeIndex.set(0);
    });
  }

  /** From the search field's ArrowDown: into the list at its active row. */
  focusActiveRow(): void {
    this.focusRow(this.activeIndex());
  }

  // Material's cell templates type their row as any: these give the labels their types back.
  protected diagnosisLabel(patient: PatientSummary): string {
    return diagnosisLabels[patient.diagnosis];
  }

  protected sideLabel(patient: PatientSummary): string {
    return sideLabels[patient.affectedSide];
  }

  protected changeSort(sort: Sort): void {
    this.sortChanged.emit({
      sort: sort.active as PatientSort,
      direction: sort.direction === 'desc' ? 'desc' : 'asc',
    });
  }

  protected moveActiveRow(event: KeyboardEvent): void {
    const index = this.rowIndexOf(event.target);
    if (index === undefined) return;
    const last = this.patients().length - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      this.opened.emit(this.patients()[index]);
    } else if (event.key in next) {
      event.preventDefault();
      this.focusRow(next[event.key]);
    }
  }

  protected openFromRow(event: MouseEvent, patient: PatientSummary): void {
    // A click on the name is the link's own (it also opens in a new tab with a modifier key).
    if ((event.target as HTMLElement).closest('a')) return;
    this.opened.emit(patient);
  }

  private focusRow(index: number): void {
    this.activeIndex.set(index);
    const links = this.host.querySelectorAll<HTMLElement>('tbody a');
    links[index]?.focus();
  }

  private rowIndexOf(target: EventTarget | null): number | undefined {
    const row = (target as HTMLElement | null)?.closest<HTMLElement>('tbody tr');
    const index = row?.dataset['index'];
    return index === undefined ? undefined : Number(index);
  }
}
