import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { caseloadCsv } from '@domain/caseload/caseload-csv';
import type { Diagnosis, PatientStatus } from '@domain/contracts/patients';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../core/auth/state/auth.feature';
import { PatientFilters } from '../../patients/patient-filters/patient-filters';
import { CaseloadChart } from '../caseload-chart/caseload-chart';
import { caseloadCharts } from '../caseload-charts';
import { type CaseloadView, asListQuery, toViewParams, viewFromParams } from '../caseload-view';
import { KpiCards } from '../kpi-cards/kpi-cards';
import { caseloadPageActions } from '../state/caseload.actions';
import { caseloadFeature } from '../state/caseload.feature';

@Component({
  selector: 'app-caseload-page',
  imports: [
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    CaseloadChart,
    KpiCards,
    PatientFilters,
  ],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(LOCALE_ID);
  /** The address bar is the view's source of truth: back, forward and reload restore it. */
  private readonly addressView = toSignal(this.route.queryParams.pipe(map(viewFromParams)), {
    requireSync: true,
  });

  protected readonly view = this.store.selectSignal(caseloadFeature.selectView);
  protected readonly summary = this.store.selectSignal(caseloadFeature.selectSummary);
  protected readonly loading = this.store.selectSignal(caseloadFeature.selectLoading);
  protected readonly error = this.store.selectSignal(caseloadFeature.selectError);
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly isManager = computed(() => this.user()?.role === 'manager');
  protected readonly title = computed(() => (this.isManager() ? 'Caseload' : 'My caseload'));
  protected readonly listQuery = computed(() => asListQuery(this.view()));
  protected readonly charts = computed(() => {
    const summary = this.summary();
    return summary ? caseloadCharts(summary, this.view(), this.locale) : [];
  });
  protected readonly fieldErrors = computed(() => this.error()?.fields ?? {});
  protected readonly fieldMessages = computed(() =>
    Object.values(this.fieldErrors()).map((messages) => messages[0]),
  );
  /** The range shown in the date fields: the view's own, or the server's default once it answered. */
  protected readonly shownRange = computed(() => ({
    from: this.view().from ?? this.summary()?.range.from ?? '',
    to: this.view().to ?? this.summary()?.range.to ?? '',
  }));

  constructor() {
    effect(() => {
      const view = this.addressView();
      untracked(() => this.store.dispatch(caseloadPageActions.viewChanged({ view })));
    });
  }

  protected changeFrom(value: string): void {
    this.changeView({ from: value || null });
  }

  protected changeTo(value: string): void {
    this.changeView({ to: value || null });
  }

  protected changeStatus(status: PatientStatus[]): void {
    this.changeView({ status });
  }

  protected changeDiagnosis(diagnosis: Diagnosis[]): void {
    this.changeView({ diagnosis });
  }

  protected changeTherapist(therapistId: string | null): void {
    this.changeView({ therapistId });
  }

  protected clearFilters(): void {
    this.changeView({ therapistId: null, diagnosis: [], status: [] });
  }

  protected openPatients(queryParams: Params): void {
    void this.router.navigate(['/patients'], { queryParams });
  }

  protected exportCsv(): void {
    const summary = this.summary();
    if (!summary) return;
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents).
    const blob = new Blob(['\uFEFF', caseloadCsv(summary)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `caseload-${summary.range.from}-to-${summary.range.to}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href));
  }

  private changeView(changes: Partial<CaseloadView>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toViewParams({ ...this.addressView(), ...changes }),
    });
  }
}
