import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Diagnosis, PatientStatus, PatientSummary } from '@domain/contracts/patients';
import { Store } from '@ngrx/store';
import { Subject, debounceTime, map } from 'rxjs';
import { PatientFilters } from '../patient-filters/patient-filters';
import { ListQuery, isFiltered, listQueryFromParams, withChanges } from '../patient-list-query';
import { PatientsTable, SortChange } from '../patients-table/patients-table';
import { patientsPageActions } from '../state/patients.actions';
import { patientsFeature } from '../state/patients.feature';
import { selectIsManager } from '../state/patients.selectors';

/** How long typing must pause before the list is searched: one request per name, not per key. */
export const searchDebounceMs = 300;

const noFilters: Partial<ListQuery> = { status: [], diagnosis: [], therapistId: null };

@Component({
  selector: 'app-patients-page',
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatPaginator,
    MatPrefix,
    MatProgressBar,
    PatientFilters,
    PatientsTable,
  ],
  templateUrl: './patients-page.html',
  styleUrl: './patients-page.scss',
  host: { '(document:keydown)': 'focusSearchOnSlash($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly search = viewChild.required<ElementRef<HTMLInputElement>>('search');
  private readonly table = viewChild(PatientsTable);
  private readonly searchTyped = new Subject<string>();
  /** The address bar is the list's source of truth: back, forward and reload restore it. */
  private readonly addressQuery = toSignal(
    inject(ActivatedRoute).queryParams.pipe(map(listQueryFromParams)),
    { requireSync: true },
  );

  protected readonly query = this.store.selectSignal(patientsFeature.selectQuery);
  protected readonly rows = this.store.selectSignal(patientsFeature.selectRows);
  protected readonly total = this.store.selectSignal(patientsFeature.selectTotal);
  protected readonly loading = this.store.selectSignal(patientsFeature.selectLoading);
  protected readonly loadError = this.store.selectSignal(patientsFeature.selectLoadError);
  protected readonly therapists = this.store.selectSignal(patientsFeature.selectTherapists);
  protected readonly isManager = this.store.selectSignal(selectIsManager);
  protected readonly filtered = computed(() => isFiltered(this.query()));
  protected readonly summary = computed(() => {
    if (this.loading() || this.loadError()) return '';
    const total = this.total();
    const patients = total === 1 ? '1 patient' : `${total} patients`;
    return this.filtered() ? `${patients} match` : patients;
  });

  constructor() {
    this.store.dispatch(patientsPageActions.opened());
    effect(() => {
      const query = this.addressQuery();
      untracked(() => this.store.dispatch(patientsPageActions.queryChanged({ query })));
    });
    this.searchTyped
      .pipe(debounceTime(searchDebounceMs), takeUntilDestroyed())
      .subscribe((text) => {
        const q = text.trim();
        if (q === this.query().q) return;
        this.store.dispatch(
          patientsPageActions.searchChanged({ query: withChanges(this.query(), { q }) }),
        );
      });
    // Back and forward change the search too; never overwrite what the user is typing.
    afterRenderEffect(() => {
      const q = this.query().q;
      const input = this.search().nativeElement;
      if (document.activeElement !== input && input.value.trim() !== q) input.value = q;
    });
  }

  protected typeSearch(text: string): void {
    this.searchTyped.next(text);
  }

  protected focusSearchOnSlash(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    event.preventDefault();
    this.search().nativeElement.focus();
    this.search().nativeElement.select();
  }

  protected enterTable(event: Event): void {
    const table = this.table();
    if (!table) return;
    event.preventDefault();
    table.focusActiveRow();
  }

  protected changeSort({ sort, direction }: SortChange): void {
    const query = withChanges(this.query(), { sort, direction });
    this.store.dispatch(patientsPageActions.sortChanged({ query }));
  }

  protected changeStatus(status: PatientStatus[]): void {
    const query = withChanges(this.query(), { status });
    this.store.dispatch(patientsPageActions.statusFilterChanged({ query }));
  }

  protected changeDiagnosis(diagnosis: Diagnosis[]): void {
    const query = withChanges(this.query(), { diagnosis });
    this.store.dispatch(patientsPageActions.diagnosisFilterChanged({ query }));
  }

  protected changeTherapist(therapistId: string | null): void {
    const query = withChanges(this.query(), { therapistId });
    this.store.dispatch(patientsPageActions.therapistFilterChanged({ query }));
  }

  protected clearFilters(): void {
    const query = withChanges(this.query(), noFilters);
    this.store.dispatch(patientsPageActions.filtersCleared({ query }));
  }

  protected showEveryone(): void {
    this.search().nativeElement.value = '';
    const query = withChanges(this.query(), { ...noFilters, q: '' });
    this.store.dispatch(patientsPageActions.filtersCleared({ query }));
  }

  protected changePage(event: PageEvent): void {
    const query = { ...this.query(), page: event.pageIndex + 1 };
    this.store.dispatch(patientsPageActions.pageChanged({ query }));
  }

  protected retry(): void {
    this.store.dispatch(patientsPageActions.retrySelected({ query: this.query() }));
  }

  protected open(patient: PatientSummary): void {
    void this.router.navigate(['/patients', patient.id]);
  }
}

/** `/` types a slash in a field; it only jumps to the search from elsewhere on the page. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="combobox"], [role="dialog"]') !== null
  );
}
