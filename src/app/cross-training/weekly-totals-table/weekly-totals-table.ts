import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type Modality, modalityLabels } from '@domain/cross-training/modalities';
import { crossTrainingSources } from '@domain/cross-training/sources';
import { type WeekTotal, weeklyGuidelineMinutes } from '@domain/cross-training/weekly-totals';

/**
 * Each week's cross-training minutes and sessions per activity (domain `weeklyTotals`), and its moderate-equivalent
 * minutes beside the 150 min a week guideline, with the guideline's source.
 */
@Component({
  selector: 'app-weekly-totals-table',
  template: `
    <table>
      <caption>
        Weekly totals against the guideline: {{ source.note }} ({{ source.citation }}). Moderate-equivalent
        minutes count vigorous minutes twice and light ones not at all; running is not included.
      </caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          @for (modality of shownModalities(); track modality) {
            <th scope="col">{{ labels[modality] }}</th>
          }
          <th scope="col">Total</th>
          <th scope="col">Moderate-equivalent</th>
          <th scope="col">Guideline ({{ guideline }} min)</th>
        </tr>
      </thead>
      <tbody>
        @for (week of totals(); track week.week) {
          <tr>
            <th scope="row">{{ week.week + 1 }}</th>
            @for (modality of shownModalities(); track modality) {
              <td>{{ cell(week, modality) }}</td>
            }
            <td>{{ week.minutes }} min, {{ week.sessions }} {{ week.sessions === 1 ? 'session' : 'sessions' }}</td>
            <td>{{ week.moderateEquivalentMinutes }} min</td>
            <td [class.met]="week.moderateEquivalentMinutes >= guideline">
              @if (week.moderateEquivalentMinutes >= guideline) {
                Met
              } @else {
                {{ guideline - week.moderateEquivalentMinutes }} min short
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      color: var(--mat-sys-on-surface-variant);
      padding-bottom: 8px;
      max-width: 72ch;
    }
    th,
    td {
      padding: 4px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      white-space: nowrap;
    }
    .met {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeeklyTotalsTable {
  readonly totals = input.required<WeekTotal[]>();

  protected readonly labels = modalityLabels;
  protected readonly guideline = weeklyGuidelineMinutes;
  protected readonly source = crossTrainingSources.weeklyGuideline;
  protected readonly shownModalities = computed(() => {
    const seen: Modality[] = [];
    for (const week of this.totals()) {
      for (const total of week.byModality) if (!seen.includes(total.modality)) seen.push(total.modality);
    }
    return seen;
  });

  protected cell(week: WeekTotal, modality: Modality): string {
    const total = week.byModality.find((t) => t.modality === modality);
    if (!total) return '—';
    return `${total.minutes} min, ${total.sessions} ${total.sessions === 1 ? 'session' : 'sessions'}`;
  }
}
