import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { type Patient, todayIso } from '@domain/contracts/patients';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../core/auth/state/auth.feature';
import { DraftOffer } from '../../ui/forms/draft-offer/draft-offer';
import { EditorDraft } from '../../ui/forms/editor-draft';
import { HasUnsavedChanges } from '../../ui/forms/unsaved-changes-guard';
import { failureMessageOf, fieldMessagesOf } from '../../ui/forms/save-messages';
import { PatientForm } from '../patient-form/patient-form';
import {
  PatientFormMode,
  PatientFormValue,
  blankPatient,
  createPatientForm,
  formValueOf,
  mergeEdits,
  toCreateRequest,
  toUpdateRequest,
} from '../patient-form/patient-form-model';
import { fullName } from '../patient-name';
import { StaleVersionPanel } from '../stale-version-panel/stale-version-panel';
import { patientEditorPageActions } from '../state/patients.actions';
import { patientsFeature } from '../state/patients.feature';
import {
  selectIsManager,
  selectSelectedPatient,
  selectSelectedPatientId,
  selectSelectedPatientNotFound,
} from '../state/patients.selectors';

/**
 * New patient (`/patients/new`) and Edit (`/patients/:id/edit`). Unsaved work is kept as a draft
 * in the tab's session storage while the form is dirty, offered back after a reload or a new
 * sign-in, and forgotten once saved; leaving with changes asks first.
 */
@Component({
  selector: 'app-patient-editor-page',
  imports: [RouterLink, MatProgressBar, PatientForm, StaleVersionPanel, DraftOffer],
  templateUrl: './patient-editor-page.html',
  styleUrl: './patient-editor-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientEditorPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly userId = this.store.selectSignal(authFeature.selectUser)()?.id ?? '';
  /** Read once: leaving the editor changes the address before this page goes away. */
  private readonly id = this.store.selectSignal(selectSelectedPatientId)() ?? null;
  private readonly draft = new EditorDraft<PatientFormValue>(
    this.userId,
    `patient.${this.id ?? 'new'}`,
  );

  protected readonly mode: PatientFormMode = this.id === null ? 'create' : 'edit';
  protected readonly isManager = this.store.selectSignal(selectIsManager);
  protected readonly patient = this.store.selectSignal(selectSelectedPatient);
  protected readonly notFound = this.store.selectSignal(selectSelectedPatientNotFound);
  protected readonly save = this.store.selectSignal(patientsFeature.selectSave);
  protected readonly therapists = this.store.selectSignal(patientsFeature.selectTherapists);
  private readonly selected = this.store.selectSignal(patientsFeature.selectSelected);
  protected readonly form = createPatientForm(
    inject(NonNullableFormBuilder),
    this.mode,
    this.isManager(),
  );
  protected readonly formValue = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  /** The form holds the record (edit) or a blank one (new), ready to type in. */
  protected readonly ready = signal(false);
  protected readonly draftOffer = this.draft.offer;
  protected readonly name = computed(() => {
    const patient = this.patient();
    return patient ? fullName(patient) : '';
  });
  protected readonly heading = computed(() => {
    if (this.mode === 'create') return 'New patient';
    return this.name() ? `Edit ${this.name()}` : 'Edit patient';
  });
  protected readonly saving = computed(() => this.save().status === 'saving');
  /** Someone else saved first: their record, and the values this edit started from. */
  protected readonly conflict = computed(() => {
    const { status, current } = this.save();
    const base = this.draft.baseValue();
    return status === 'stale' && current && base ? { current, base } : null;
  });
  /** A rejected save with field messages: beside the fields, and the summary above the buttons. */
  protected readonly fieldErrors = computed(() => fieldMessagesOf(this.save()));
  /** A save that failed for no field's sake (offline, server error): said with a Retry. */
  protected readonly saveFailure = computed(() => failureMessageOf(this.save()));

  constructor() {
    this.store.dispatch(patientEditorPageActions.opened({ id: this.id }));
    if (this.mode === 'create') this.start(blankPatient(todayIso()), null);
    effect(() => {
      const { id, patient, loading } = this.selected();
      if (this.ready() || loading || !patient || id !== this.id) return;
      untracked(() => this.start(formValueOf(patient), patient.version));
    });
    effect(() => {
      if (this.save().status === 'saved') untracked(() => this.showSavedPatient());
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.keepDraft());
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && this.save().status !== 'saved';
  }

  discardChanges(): void {
    this.draft.discard();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected restoreDraft(): void {
    const value = this.draft.restore();
    if (!value) return;
    this.form.reset(value);
    this.form.markAsDirty();
  }

  protected discardDraft(): void {
    this.draft.discard();
  }

  protected submit(value: PatientFormValue): void {
    if (this.id === null) {
      const request = toCreateRequest(value, this.isManager());
      this.store.dispatch(patientEditorPageActions.createSubmitted({ request }));
    } else {
      const request = toUpdateRequest(value, this.draft.baseVersion ?? 0);
      this.store.dispatch(patientEditorPageActions.updateSubmitted({ id: this.id, request }));
    }
  }

  protected keepMine(current: Patient): void {
    const base = this.draft.baseValue() ?? formValueOf(current);
    const merged = mergeEdits(current, this.form.getRawValue(), base);
    this.form.reset(merged);
    this.form.markAsDirty();
    this.draft.rebase(formValueOf(current), current.version);
    this.keepDraft();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submit(merged);
  }

  protected takeSaved(current: Patient): void {
    this.form.reset(formValueOf(current));
    this.draft.rebase(formValueOf(current), current.version);
    this.draft.discard();
    this.store.dispatch(patientEditorPageActions.currentVersionTaken({ patient: current }));
  }

  protected cancel(): void {
    void this.router.navigate(this.id === null ? ['/patients'] : ['/patients', this.id]);
  }

  private start(value: PatientFormValue, version: number | null): void {
    this.form.reset(value);
    this.draft.start(value, version);
    this.ready.set(true);
  }

  private keepDraft(): void {
    if (this.form.dirty) this.draft.keep(this.form.getRawValue());
  }

  private showSavedPatient(): void {
    this.discardChanges();
    this.form.markAsPristine();
    const saved = this.selected().patient;
    if (saved) void this.router.navigate(['/patients', saved.id]);
  }
}
