import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  InjectionToken,
  TemplateRef,
  Type,
  WritableSignal,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import type { Patient } from '@domain/contracts/patients';
import { Store } from '@ngrx/store';
import { ComponentOutlet } from '../../ui/component-outlet';
import type { HasUnsavedChanges } from '../../ui/forms/unsaved-changes-guard';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import { Discharge, DischargeDialog } from '../discharge-dialog/discharge-dialog';
import { PatientActivity } from '../patient-activity/patient-activity';
import { PatientDetails } from '../patient-details/patient-details';
import { PatientHeader } from '../patient-header/patient-header';
import { fullName } from '../patient-name';
import { ReassignDialog } from '../reassign-dialog/reassign-dialog';
import { patientPageActions } from '../state/patients.actions';
import { patientsFeature } from '../state/patients.feature';
import {
  selectIsManager,
  selectSelectedAuditTrail,
  selectSelectedPatient,
  selectSelectedPatientId,
  selectSelectedPatientNotFound,
} from '../state/patients.selectors';

/** Program, Cross-training, Running, Handout, then Activity. */
const programTab = 0;
const crossTrainingTab = 1;
const runningTab = 2;
const handoutTab = 3;
const activityTab = 4;

/**
 * Loads the Running tab's component, and with it the running feature's state, the training-load rules and
 * chart.js, the first time the tab opens. A dynamic import rather than `@defer`: `@defer` brings Angular's defer
 * runtime into the initial bundle (about 6 kB); this costs the initial bundle nothing.
 */
export const runningTabLoader = new InjectionToken<() => Promise<Type<unknown>>>(
  'Running tab loader',
  {
    providedIn: 'root',
    factory: () => () =>
      import('../../running/running-tab/running-tab').then((m) => m.RunningTab),
  },
);

/**
 * Loads the Cross-training tab's component, and with it the cross-training feature's state and the plan contract,
 * the first time the tab opens: a dynamic import for the same reason as the Running tab's.
 */
export const crossTrainingTabLoader = new InjectionToken<() => Promise<Type<unknown>>>(
  'Cross-training tab loader',
  {
    providedIn: 'root',
    factory: () => () =>
      import('../../cross-training/cross-training-tab/cross-training-tab').then(
        (m) => m.CrossTrainingTab,
      ),
  },
);

/**
 * Loads the Program tab's component, and with it the programs feature's state, the dose contract and the builder,
 * when the page opens on it: a dynamic import for the same reason as the Running tab's.
 */
export const programTabLoader = new InjectionToken<() => Promise<Type<unknown>>>(
  'Program tab loader',
  {
    providedIn: 'root',
    factory: () => () =>
      import('../../programs/program-tab/program-tab').then((m) => m.ProgramTab),
  },
);

/**
 * Loads the Handout tab's component, and with it the handout contract (zod) and the print layout, the first time
 * the tab opens: a dynamic import for the same reason as the Running tab's.
 */
export const handoutTabLoader = new InjectionToken<() => Promise<Type<unknown>>>(
  'Handout tab loader',
  {
    providedIn: 'root',
    factory: () => () =>
      import('../../handouts/handout-tab/handout-tab').then((m) => m.HandoutTab),
  },
);

/**
 * Loads the Activity tab's "Handouts given" list with the handout client, when the Activity tab opens, so the
 * patient page's own chunk carries no handout code.
 */
export const handoutsGivenLoader = new InjectionToken<() => Promise<Type<unknown>>>(
  'Handouts given loader',
  {
    providedIn: 'root',
    factory: () => () =>
      import('../../handouts/handouts-given/handouts-given').then((m) => m.HandoutsGiven),
  },
);

@Component({
  selector: 'app-patient-page',
  imports: [
    RouterLink,
    MatProgressBar,
    MatTab,
    MatTabContent,
    MatTabGroup,
    DischargeDialog,
    PatientActivity,
    PatientDetails,
    PatientHeader,
    ReassignDialog,
    ComponentOutlet,
  ],
  templateUrl: './patient-page.html',
  styleUrl: './patient-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PatientPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly unsavedWork = inject(UnsavedWork);
  private readonly loadProgramTab = inject(programTabLoader);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly loadRunningTab = inject(runningTabLoader);
  private readonly loadCrossTrainingTab = inject(crossTrainingTabLoader);
  private readonly loadHandoutTab = inject(handoutTabLoader);
  private readonly loadHandoutsGiven = inject(handoutsGivenLoader);
  private readonly dischargeDialog = viewChild.required<TemplateRef<unknown>>('dischargeDialog');
  private readonly reassignDialog = viewChild.required<TemplateRef<unknown>>('reassignDialog');
  private openDialog: MatDialogRef<unknown> | undefined;

  private readonly addressedId = this.store.selectSignal(selectSelectedPatientId);
  private readonly selectedPatient = this.store.selectSignal(selectSelectedPatient);
  /**
   * The router store names the next address before the unsaved-changes guard answers: while it names no patient,
   * the page keeps showing this one, so a "Keep editing" finds the tab and its work as they were.
   */
  protected readonly patient = linkedSignal<Patient | null | undefined, Patient | null>({
    source: () => (this.addressedId() === undefined ? undefined : this.selectedPatient()),
    computation: (patient, previous) => (patient === undefined ? (previous?.value ?? null) : patient),
  });
  protected readonly notFound = this.store.selectSignal(selectSelectedPatientNotFound);
  protected readonly isManager = this.store.selectSignal(selectIsManager);
  protected readonly therapists = this.store.selectSignal(patientsFeature.selectTherapists);
  protected readonly dialogState = this.store.selectSignal(patientsFeature.selectDialog);
  protected readonly trail = this.store.selectSignal(selectSelectedAuditTrail);
  protected readonly name = computed(() => {
    const patient = this.patient();
    return patient ? fullName(patient) : '';
  });
  /** The Program tab's component once its chunk has loaded; the page opens on it. */
  protected readonly programTab = signal<Type<unknown> | null>(null);
  protected readonly programTabFailed = signal(false);
  /** The Cross-training tab's component once its chunk has loaded. */
  protected readonly crossTrainingTab = signal<Type<unknown> | null>(null);
  protected readonly crossTrainingTabFailed = signal(false);
  /** The Running tab's component once its chunk has loaded. */
  protected readonly runningTab = signal<Type<unknown> | null>(null);
  protected readonly runningTabFailed = signal(false);
  /** The Handout tab's component once its chunk has loaded. */
  protected readonly handoutTab = signal<Type<unknown> | null>(null);
  protected readonly handoutTabFailed = signal(false);
  /** The Activity tab's list of handouts given, once its chunk has loaded. */
  protected readonly handoutsGiven = signal<Type<unknown> | null>(null);
  protected readonly handoutsGivenFailed = signal(false);

  constructor() {
    effect(() => {
      const patientId = this.addressedId();
      // Undefined while the address changes to a page without a patient, just before this one goes.
      if (patientId !== undefined) {
        untracked(() => this.store.dispatch(patientPageActions.opened({ id: patientId })));
      }
    });
    effect(() => {
      if (this.dialogState().status === 'saved') this.openDialog?.close();
    });
    // Dialogs live outside the page: leaving it (e.g. the session expired) must not leave one open.
    inject(DestroyRef).onDestroy(() => this.openDialog?.close());
    this.openProgramTab();
  }

  /** The tabs' unsaved work (the program being built, cross-training edits, planned weeks, a run being logged): leaving asks first. */
  hasUnsavedChanges(): boolean {
    return this.unsavedWork.hasUnsavedChanges();
  }

  discardChanges(): void {
    this.unsavedWork.discardChanges();
  }

  protected edit(): void {
    const patient = this.patient();
    if (patient) void this.router.navigate(['/patients', patient.id, 'edit']);
  }

  protected openDischarge(): void {
    this.store.dispatch(patientPageActions.dischargeOpened());
    this.open(this.dischargeDialog());
  }

  protected discharge(discharge: Discharge): void {
    const patient = this.patient();
    if (!patient) return;
    // The version on screen now: after a stale attempt the page shows the newer record.
    const request = { ...discharge, version: patient.version };
    this.store.dispatch(patientPageActions.dischargeSubmitted({ id: patient.id, request }));
  }

  protected reactivate(): void {
    const patient = this.patient();
    if (!patient) return;
    const { id, version } = patient;
    this.store.dispatch(patientPageActions.reactivateSelected({ id, version }));
  }

  protected openReassign(): void {
    this.store.dispatch(patientPageActions.reassignOpened());
    this.open(this.reassignDialog());
  }

  protected reassign(therapistId: string): void {
    const patient = this.patient();
    if (!patient) return;
    const request = { therapistId, version: patient.version };
    this.store.dispatch(patientPageActions.reassignSubmitted({ id: patient.id, request }));
  }

  protected showTab(index: number): void {
    if (index === programTab) this.openProgramTab();
    if (index === crossTrainingTab) this.openCrossTrainingTab();
    if (index === runningTab) this.openRunningTab();
    if (index === handoutTab) this.load(this.loadHandoutTab, this.handoutTab, this.handoutTabFailed);
    if (index === activityTab) {
      this.load(this.loadHandoutsGiven, this.handoutsGiven, this.handoutsGivenFailed);
    }
    const patient = this.patient();
    if (index === activityTab && patient && this.isManager()) {
      this.store.dispatch(patientPageActions.activityOpened({ id: patient.id }));
    }
  }

  private openProgramTab(): void {
    if (this.programTab()) return;
    this.programTabFailed.set(false);
    this.loadProgramTab().then(
      (component) => this.programTab.set(component),
      () => this.programTabFailed.set(true),
    );
  }

  private openCrossTrainingTab(): void {
    if (this.crossTrainingTab()) return;
    this.crossTrainingTabFailed.set(false);
    this.loadCrossTrainingTab().then(
      (component) => this.crossTrainingTab.set(component),
      () => this.crossTrainingTabFailed.set(true),
    );
  }

  private openRunningTab(): void {
    if (this.runningTab()) return;
    this.runningTabFailed.set(false);
    this.loadRunningTab().then(
      (component) => this.runningTab.set(component),
      () => this.runningTabFailed.set(true),
    );
  }

  private load(
    loader: () => Promise<Type<unknown>>,
    loaded: WritableSignal<Type<unknown> | null>,
    failed: WritableSignal<boolean>,
  ): void {
    if (loaded()) return;
    failed.set(false);
    loader().then(
      (component) => loaded.set(component),
      () => failed.set(true),
    );
  }

  private open(template: TemplateRef<unknown>): void {
    const dialog = this.dialog.open(template, { width: '480px', maxWidth: 'calc(100vw - 32px)' });
    this.openDialog = dialog;
    // Forget a dialog the user closed, so a late 'saved' cannot close the next one.
    dialog.afterClosed().subscribe(() => {
      if (this.openDialog === dialog) this.openDialog = undefined;
    });
  }
}
