import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ClinicFields, ClinicSettings } from '@domain/contracts/clinic';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { StaleEditPanel } from '../../ui/forms/stale-edit-panel/stale-edit-panel';
import type { HasUnsavedChanges } from '../../ui/forms/unsaved-changes-guard';
import { failureMessageOf, fieldMessagesOf } from '../../ui/forms/save-messages';
import { ClinicForm } from '../clinic-form/clinic-form';
import {
  type ClinicFormValue,
  createClinicForm,
  differences,
  formValueOf,
  mergeEdits,
} from '../clinic-form/clinic-form-model';
import { ClinicLogo } from '../clinic-logo/clinic-logo';
import { clinicPageActions } from '../state/clinic.actions';
import { clinicFeature } from '../state/clinic.feature';

/**
 * The Clinic page (managers): the name, address, phone and logo every handout prints in its header. The fields
 * are saved together at the version the form started from; the logo is sent as soon as it is chosen.
 */
@Component({
  selector: 'app-clinic-page',
  imports: [MatButton, MatProgressBar, ClinicForm, ClinicLogo, StaleEditPanel],
  templateUrl: './clinic-page.html',
  styleUrl: './clinic-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClinicPage implements HasUnsavedChanges {
  private readonly store = inject(Store);

  protected readonly settings = this.store.selectSignal(clinicFeature.selectSettings);
  protected readonly loadError = this.store.selectSignal(clinicFeature.selectLoadError);
  protected readonly save = this.store.selectSignal(clinicFeature.selectSave);
  protected readonly logo = this.store.selectSignal(clinicFeature.selectLogo);
  protected readonly form = createClinicForm();
  private readonly formValue = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  /** What this edit started from: what differs from it is the manager's change. */
  private readonly base = signal<ClinicFormValue | null>(null);
  private baseVersion = 0;

  protected readonly saving = computed(() => this.save().status === 'saving');
  protected readonly saved = computed(() => this.save().status === 'saved');
  /** Someone else saved first: their clinic, and the fields where it and the form differ. */
  protected readonly conflict = computed(() => {
    const { status, current, error } = this.save();
    const base = this.base();
    if (status !== 'stale' || !current || !base) return null;
    return {
      current,
      message: error?.message ?? '',
      differences: differences(formValueOf(current), this.formValue(), base),
    };
  });
  protected readonly fieldErrors = computed(() => fieldMessagesOf(this.save()));
  protected readonly saveFailure = computed(() => failureMessageOf(this.save()));

  constructor() {
    this.store.dispatch(clinicPageActions.opened());
    effect(() => {
      const settings = this.settings();
      if (settings && this.base() === null) untracked(() => this.start(settings));
    });
    // A save starts the next edit from what was saved. Only a new version does: a logo changed after the save
    // changes the settings too, and must not wipe what the manager has typed since.
    effect(() => {
      const settings = this.settings();
      if (this.saved() && settings && settings.version !== this.baseVersion)
        untracked(() => this.start(settings));
    });
  }

  // A save marks the form pristine (start), so anything dirty was typed since.
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  // The form holds three short fields: nothing is kept after leaving, so there is nothing to forget.
  discardChanges(): void {
    return;
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected retryLoad(): void {
    this.store.dispatch(clinicPageActions.opened());
  }

  protected submit(fields: ClinicFields): void {
    this.store.dispatch(
      clinicPageActions.saveSubmitted({ request: { ...fields, version: this.baseVersion } }),
    );
  }

  protected keepMine(current: ClinicSettings): void {
    const saved = formValueOf(current);
    const merged = mergeEdits(saved, this.form.getRawValue(), this.base() ?? saved);
    this.form.setValue(merged);
    this.form.markAsDirty();
    this.base.set(saved);
    this.baseVersion = current.version;
    this.store.dispatch(
      clinicPageActions.saveSubmitted({ request: { ...merged, version: current.version } }),
    );
  }

  protected takeSaved(current: ClinicSettings): void {
    this.start(current);
    this.store.dispatch(clinicPageActions.savedVersionTaken());
  }

  protected uploadLogo(file: File): void {
    this.store.dispatch(clinicPageActions.logoChosen({ file }));
  }

  protected removeLogo(): void {
    this.store.dispatch(clinicPageActions.logoRemovalRequested());
  }

  private start(settings: ClinicSettings): void {
    const value = formValueOf(settings);
    this.form.setValue(value);
    this.form.markAsPristine();
    this.base.set(value);
    this.baseVersion = settings.version;
  }
}
