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
import { FormDraft, FormDrafts } from '../../ui/forms/form-drafts';
import { HasUnsavedChanges } from '../../ui/forms/unsaved-changes-guard';
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
  private readonly drafts = inject(FormDrafts);
  private readonly userId = this.store.selectSignal(authFeature.selectUser)()?.id ?? '';
  /** Read once: leaving the editor changes the address before this page goes away. */
  private readonly id = this.store.selectSignal(selectSelectedPatientId)() ?? null;
  private readonly draftKey = `patient.${this.id ?? 'new'}`;
  /** The record version this edit started from: a save by someone else since then is a 409. */
  private baseVersion: number | null = null;
  /** The values this edit started from: what differs from them is the therapist's change. */
  private readonly baseValue = signal<PatientFormValue | null>(null);

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
  protected readonly draftOffer = signal<FormDraft<PatientFormValue> | null>(null);
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
    const base = this.baseValue();
    return status === 'stale' && current && base ? { current, base } : null;
  });
  /** A rejected save with field messages: beside the fields, and the summary above the buttons. */
  protected readonly fieldErrors = computed(() => {
    const { status, error } = this.save();
    return status === 'failed' && error?.fields ? { ...error.fields, _form: [error.message] } : {};
  });
  /** A save that failed for no field's sake (offline, server error): said with a Retry. */
  protected readonly saveFailure = computed(() => {
    const { status, error } = this.save();
    return status === 'failed' && error && !error.fields ? error.message : null;
  });

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
    this.drafts.clear(this.userId, this.draftKey);
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected restoreDraft(): void {
    const draft = this.draftOffer();
    if (!draft) return;
    this.form.reset(draft.value);
    this.form.markAsDirty();
    // Saved on the version the draft began from: if someone saved since, the 409 shows it.
    this.baseVersion = draft.baseVersion ?? this.baseVersion;
    this.baseValue.set(draft.baseValue ?? this.baseValue());
    this.draftOffer.set(null);
  }

  protected discardDraft(): void {
    this.discardChanges();
    this.draftOffer.set(null);
  }

  protected submit(value: PatientFormValue): void {
    if (this.id === null) {
      const request = toCreateRequest(value, this.isManager());
      this.store.dispatch(patientEditorPageActions.createSubmitted({ request }));
    } else {
      const request = toUpdateRequest(value, this.baseVersion ?? 0);
      this.store.dispatch(patientEditorPageActions.updateSubmitted({ id: this.id, request }));
    }
  }

  protected keepMine(current: Patient): void {
    const base = this.baseValue() ?? formValueOf(current);
    const merged = mergeEdits(current, this.form.getRawValue(), base);
    this.form.reset(merged);
    this.form.markAsDirty();
    this.baseVersion = current.version;
    this.baseValue.set(formValueOf(current));
    this.keepDraft();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submit(merged);
  }

  protected takeSaved(current: Patient): void {
    this.form.reset(formValueOf(current));
    this.baseVersion = current.version;
    this.baseValue.set(formValueOf(current));
    this.discardChanges();
    this.store.dispatch(patientEditorPageActions.currentVersionTaken({ patient: current }));
  }

  protected cancel(): void {
    void this.router.navigate(this.id === null ? ['/patients'] : ['/patients', this.id]);
  }

  private start(value: PatientFormValue, version: number | null): void {
    this.form.reset(value);
    this.baseVersion = version;
    this.baseValue.set(value);
    this.draftOffer.set(this.drafts.load<PatientFormValue>(this.userId, this.draftKey));
    this.ready.set(true);
  }

  private keepDraft(): void {
    if (!this.form.dirty) return;
    this.draftOffer.set(null);
    this.drafts.save(this.userId, this.draftKey, {
      savedAt: new Date().toISOString(),
      baseVersion: this.baseVersion,
      baseValue: this.baseValue(),
      value: this.form.getRawValue(),
    });
  }

  private showSavedPatient(): void {
    this.discardChanges();
    this.form.markAsPristine();
    const saved = this.selected().patient;
    if (saved) void this.router.navigate(['/patients', saved.id]);
  }
}
