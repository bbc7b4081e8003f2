import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { HandoutRecordSummary } from '@domain/contracts/handouts';
import {
  type HandoutSection,
  handoutSectionLabels,
  paperSizeLabels,
} from '@domain/handout/handout-options';
import { Store } from '@ngrx/store';
import { toApiError } from '../../core/api/to-api-error';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { handoutLanguageLabels } from '../handout-options-form/handout-options-form';
import { HandoutsClient } from '../handouts-client';
import { printRoute } from '../print-route';

type History =
  | { status: 'loading' }
  | { status: 'ready'; handouts: HandoutRecordSummary[] }
  | { status: 'failed'; message: string };

/** The patient Activity tab's "Handouts given": each printed handout, newest first, with a link to reprint it as it was. */
@Component({
  selector: 'app-handouts-given',
  imports: [ClinicDatePipe, MatProgressBar, RouterLink],
  templateUrl: './handouts-given.html',
  styleUrl: './handouts-given.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutsGiven {
  private readonly store = inject(Store);
  private readonly client = inject(HandoutsClient);

  private readonly patientId = computed(() => this.store.selectSignal(selectSelectedPatient)()?.id);
  protected readonly history = signal<History>({ status: 'loading' });
  protected readonly paperLabels = paperSizeLabels;
  protected readonly languageLabels = handoutLanguageLabels;

  constructor() {
    effect((onCleanup) => {
      const id = this.patientId();
      if (!id) return;
      const request = this.client.history(id).subscribe({
        next: (handouts) => this.history.set({ status: 'ready', handouts }),
        error: (failure: unknown) =>
          this.history.set({ status: 'failed', message: toApiError(failure).message }),
      });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected sections(sections: readonly HandoutSection[]): string {
    return sections.map((section) => handoutSectionLabels[section]).join(', ');
  }

  protected reprintLink(handout: HandoutRecordSummary): string[] {
    return printRoute(handout.patientId, handout.id);
  }
}
