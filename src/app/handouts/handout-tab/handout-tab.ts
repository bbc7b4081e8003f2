import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { HandoutOptions } from '@domain/handout/handout-options';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { HandoutOptionsForm } from '../handout-options-form/handout-options-form';
import { HandoutView } from '../handout-view/handout-view';
import { MissingTranslations } from '../missing-translations/missing-translations';
import { printRoute } from '../print-route';
import { HandoutTabState } from './handout-tab-state';

/**
 * The patient page's Handout tab: choose what to print, see it as it will print, then Print or Download PDF. Each
 * of those records the handout first, so the Activity tab lists exactly what the patient was given. The patient
 * page loads it when the tab first opens.
 */
@Component({
  selector: 'app-handout-tab',
  imports: [
    HandoutOptionsForm,
    HandoutView,
    MatButton,
    MatIcon,
    MatProgressBar,
    MissingTranslations,
    RouterLink,
  ],
  templateUrl: './handout-tab.html',
  styleUrl: './handout-tab.scss',
  providers: [HandoutTabState],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutTab {
  private readonly store = inject(Store);
  protected readonly state = inject(HandoutTabState);

  private readonly patient = this.store.selectSignal(selectSelectedPatient);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly options = this.state.options;
  protected readonly preview = this.state.preview;
  protected readonly action = this.state.action;
  protected readonly document = computed(() => this.state.shown()?.document ?? null);
  protected readonly working = computed(() => this.action().status === 'working');

  constructor() {
    const patientId = computed(() => this.patient()?.id);
    const userId = computed(() => this.user()?.id);
    effect(() => {
      const [patient, user] = [patientId(), userId()];
      if (patient && user) untracked(() => this.state.open(patient, user));
    });
  }

  protected changeOptions(options: HandoutOptions): void {
    this.state.changeOptions(options);
  }

  protected print(): void {
    this.state.print();
  }

  protected download(): void {
    this.state.download();
  }

  protected refresh(): void {
    this.state.refresh();
  }

  protected printLink(patientId: string, handoutId: string): string[] {
    return printRoute(patientId, handoutId);
  }
}
