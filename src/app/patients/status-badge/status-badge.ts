import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type PatientStatus, patientStatusLabels } from '@domain/contracts/patients';

/**
 * A patient's status as a word on a tinted badge: the word carries the meaning (colour alone
 * would not reach everyone), the tint helps a scan down the list. Every pair is at least 7:1.
 */
@Component({
  selector: 'app-status-badge',
  template: '{{ label() }}',
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    :host(.active) {
      background: #cdeee0;
      color: #00391f;
    }
    :host(.on_hold) {
      background: #ffe3a8;
      color: #3d2a00;
    }
    :host(.discharged) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
  `,
  host: { '[class]': 'status()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadge {
  readonly status = input.required<PatientStatus>();

  protected readonly label = computed(() => patientStatusLabels[this.status()]);
}
