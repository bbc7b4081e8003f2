import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CaseloadSummary } from '@domain/contracts/caseload';

interface Kpi {
  label: string;
  value: string;
  detail: string;
}

/** The dashboard's headline figures, each with what it counts in a few words. */
@Component({
  selector: 'app-kpi-cards',
  templateUrl: './kpi-cards.html',
  styleUrl: './kpi-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCards {
  readonly summary = input.required<CaseloadSummary>();

  protected readonly cards = computed((): Kpi[] => {
    const { kpis, week, monthStart, range } = this.summary();
    return [
      { label: 'Active patients', value: String(kpis.activePatients), detail: 'status active now' },
      {
        label: 'New this week',
        value: String(kpis.newThisWeek),
        detail: `started ${week} to ${range.to}`,
      },
      {
        label: 'Discharged this month',
        value: String(kpis.dischargedThisMonth),
        detail: `${monthStart} to ${range.to}`,
      },
      {
        label: 'Average active caseload',
        value:
          kpis.averageActivePerTherapist === null ? '–' : String(kpis.averageActivePerTherapist),
        detail: 'active patients per therapist',
      },
      {
        label: 'Flagged this week',
        value: String(kpis.flaggedThisWeek),
        detail: `running-load or pain flags, week of ${week}`,
      },
      {
        label: 'Programs not updated',
        value: String(kpis.programsNotUpdated),
        detail: 'active now, no program change in the last 30 days',
      },
    ];
  });
}
