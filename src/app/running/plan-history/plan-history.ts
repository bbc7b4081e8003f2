import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import type { VersionsState } from '../state/running.feature';

/** Every saved version of the plan, newest first: a suggestion or an edit adds one and removes none. */
@Component({
  selector: 'app-plan-history',
  imports: [ClinicDatePipe, MatProgressBar],
  template: `
    @let v = versions();
    @if (v.status === 'loading' && v.versions.length === 0) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the plan's history" />
    } @else if (v.status === 'failed') {
      <p>The plan's history couldn't load. {{ v.error?.message }}</p>
    } @else if (v.versions.length === 0) {
      <p>No versions are saved yet.</p>
    } @else {
      <table>
        <caption>
          Saved versions of the plan, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          @for (version of v.versions; track version.version) {
            <tr>
              <th scope="row">{{ version.version }}</th>
              <td>{{ version.savedAt | clinicDate: 'dateTime' }}</td>
              <td>{{ version.savedBy.displayName }}</td>
              <td>{{ version.summary }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      padding-bottom: 8px;
      text-align: left;
      font: var(--mat-sys-title-small);
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    tbody th {
      font-weight: normal;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanHistory {
  readonly versions = input.required<VersionsState>();
}
