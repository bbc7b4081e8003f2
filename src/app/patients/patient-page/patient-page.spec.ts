import { ApplicationRef, ChangeDetectionStrategy, Component, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import type { CurrentUser } from '@domain/contracts/auth';
import { type Patient, todayIso } from '@domain/contracts/patients';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  auditEntries,
  priyaShah,
  samplePatient,
  tomReyes,
} from '../../../testing/sample-patients';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { patientPageActions } from '../state/patients.actions';
import { PatientsState, initialPatientsState } from '../state/patients.feature';
import { selectSelectedPatientId } from '../state/patients.selectors';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import {
  PatientPage,
  crossTrainingTabLoader,
  handoutTabLoader,
  handoutsGivenLoader,
  programTabLoader,
  runningTabLoader,
} from './patient-page';

@Component({
  selector: 'app-running-tab',
  template: '<p>The running plan, loaded.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class RunningTabStub {}

@Component({
  selector: 'app-program-tab-stub',
  template: '<p>The program builder, loaded.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ProgramTabStub {}

@Component({
  selector: 'app-cross-training-tab-stub',
  template: '<p>The cross-training plan, loaded.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class CrossTrainingTabStub {}

@Component({
  selector: 'app-handout-tab-stub',
  template: '<p>The handout, loaded.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HandoutTabStub {}

@Component({
  selector: 'app-handouts-given-stub',
  template: '<p>Handouts given, loaded.</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HandoutsGivenStub {}

const ana = samplePatient();
const discharged: Patient = {
  ...ana,
  status: 'discharged',
  dischargedOn: '2026-11-20',
  dischargeReason: 'Goals met: back to running pain-free.',
};

describe('PatientPage', () => {
  let fixture: ComponentFixture<PatientPage>;
  let store: MockStore;
  let page: HTMLElement;
  let router: Router;
  let user: CurrentUser;
  let patients: PatientsState;
  let loadRunningTab: jasmine.Spy<() => Promise<Type<unknown>>>;
  let loadProgramTab: jasmine.Spy<() => Promise<Type<unknown>>>;
  let loadCrossTrainingTab: jasmine.Spy<() => Promise<Type<unknown>>>;
  let loadHandoutTab: jasmine.Spy<() => Promise<Type<unknown>>>;
  let loadHandoutsGiven: jasmine.Spy<() => Promise<Type<unknown>>>;

  function showing(patient: Patient | null, changes: Partial<PatientsState> = {}): PatientsState {
    return {
      ...initialPatientsState,
      therapists: [tomReyes, priyaShah],
      selected: { id: ana.id, patient, loading: patient === null, error: null },
      ...changes,
    };
  }

  async function render(state = showing(ana), signedIn: CurrentUser = therapist): Promise<void> {
    user = signedIn;
    patients = state;
    loadRunningTab = jasmine.createSpy('loadRunningTab').and.resolveTo(RunningTabStub);
    loadProgramTab = jasmine.createSpy('loadProgramTab').and.resolveTo(ProgramTabStub);
    loadCrossTrainingTab = jasmine
      .createSpy('loadCrossTrainingTab')
      .and.resolveTo(CrossTrainingTabStub);
    loadHandoutTab = jasmine.createSpy('loadHandoutTab').and.resolveTo(HandoutTabStub);
    loadHandoutsGiven = jasmine.createSpy('loadHandoutsGiven').and.resolveTo(HandoutsGivenStub);
    TestBed.configureTestingModule({
      providers: [
        { provide: runningTabLoader, useValue: loadRunningTab },
        { provide: programTabLoader, useValue: loadProgramTab },
        { provide: crossTrainingTabLoader, useValue: loadCrossTrainingTab },
        { provide: handoutTabLoader, useValue: loadHandoutTab },
        { provide: handoutsGivenLoader, useValue: loadHandoutsGiven },
        provideRouter([]),
        provideMockStore({
          initialState: storeState(),
          selectors: [{ selector: selectSelectedPatientId, value: ana.id }],
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(PatientPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  function storeState() {
    return { auth: { ...initialAuthState, status: 'signedIn', user }, patients };
  }

  async function setPatients(changes: Partial<PatientsState>): Promise<void> {
    patients = { ...patients, ...changes };
    store.setState(storeState());
    await fixture.whenStable();
  }

  /** Button labels as announced: the icons beside them are hidden from assistive technology. */
  function buttons(): string[] {
    return [...page.querySelectorAll('app-patient-header button')].map((button) =>
      [...button.childNodes]
        .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden')))
        .map((node) => node.textContent)
        .join('')
        .trim(),
    );
  }

  async function click(label: string, root: ParentNode = page): Promise<void> {
    const button = [...root.querySelectorAll<HTMLElement>('button, [role="tab"]')].find(
      (candidate) => candidate.textContent!.trim().endsWith(label),
    );
    if (!button) throw new Error(`Nothing to click called "${label}"`);
    button.click();
    await fixture.whenStable();
  }

  function dialog(): HTMLElement | null {
    return document.querySelector('mat-dialog-container');
  }

  it('loads the patient the address names', async () => {
    await render();
    expect(store.dispatch).toHaveBeenCalledWith(patientPageActions.opened({ id: ana.id }));
  });

  it('heads the page with the patient: name, age, diagnosis, side, therapist and status', async () => {
    await render();
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(page.querySelector('h1')!.textContent).toBe('Ana Silva');
    const facts = [...page.querySelectorAll('app-patient-header dd')].map((dd) =>
      dd.textContent!.trim(),
    );
    expect(facts).toEqual([
      jasmine.stringMatching(/^3[56] \(born Mar 15, 1990\)$/),
      'IT band syndrome',
      'Left knee',
      'Tom Reyes',
      'Oct 1, 2026',
    ]);
    expect(page.querySelector('app-status-badge')!.textContent).toBe('Active');
  });

  it('offers a therapist Edit and Discharge, and a manager Reassign too', async () => {
    await render();
    expect(buttons()).toEqual(['Edit', 'Discharge']);
    TestBed.resetTestingModule();
    await render(showing(ana), manager);
    expect(buttons()).toEqual(['Edit', 'Discharge', 'Reassign']);
  });

  it('opens the editor', async () => {
    await render();
    await click('Edit');
    expect(router.navigate).toHaveBeenCalledWith(['/patients', ana.id, 'edit']);
  });

  it('discharges with a reason, at the version on screen, and closes the dialog once done', async () => {
    await render();
    await click('Discharge');
    expect(store.dispatch).toHaveBeenCalledWith(patientPageActions.dischargeOpened());
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Discharge Ana Silva?');
    const reason = dialog()!.querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = 'Goals met';
    reason.dispatchEvent(new Event('input'));
    await click('Discharge patient', dialog()!);
    expect(store.dispatch).toHaveBeenCalledWith(
      patientPageActions.dischargeSubmitted({
        id: ana.id,
        request: { dischargedOn: todayIso(), reason: 'Goals met', version: 3 },
      }),
    );
    await setPatients({ dialog: { status: 'saved', fieldErrors: {} } });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(dialog()).toBeNull();
  });

  it('shows a discharge with its date and reason, and offers Reactivate', async () => {
    await render(showing(discharged));
    expect(page.querySelector('app-status-badge')!.textContent).toBe('Discharged');
    expect(page.textContent).toContain(
      'Discharged on Nov 20, 2026. Reason: Goals met: back to running pain-free.',
    );
    expect(buttons()).toEqual(['Reactivate']);
    await click('Reactivate');
    expect(store.dispatch).toHaveBeenCalledWith(
      patientPageActions.reactivateSelected({ id: ana.id, version: 3 }),
    );
  });

  it("lets a manager reassign the patient to another of the clinic's therapists", async () => {
    await render(showing(ana), manager);
    await click('Reassign');
    expect(store.dispatch).toHaveBeenCalledWith(patientPageActions.reassignOpened());
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Reassign Ana Silva');
  });

  it('keeps showing the patient while the address changes to a page without one', async () => {
    await render();
    store.overrideSelector(selectSelectedPatientId, undefined);
    store.refreshState();
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toContain('Ana');
    expect(page.querySelector('mat-tab-group')).not.toBeNull();
  });

  it("answers the unsaved-changes guard for its tabs' unsaved work", async () => {
    await render();
    const work = TestBed.inject(UnsavedWork);
    const discard = jasmine.createSpy('discardChanges');
    let unsaved = false;
    work.hold('test', { hasUnsavedChanges: () => unsaved, discardChanges: discard });
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    unsaved = true;
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
    fixture.componentInstance.discardChanges();
    expect(discard).toHaveBeenCalledTimes(1);
  });

  it('has the five tabs', async () => {
    await render();
    const tabs = [...page.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
    expect(tabs).toEqual(['Program', 'Cross-training', 'Running', 'Handout', 'Activity']);
  });

  it('loads the handout only when its tab first opens', async () => {
    await render();
    expect(loadHandoutTab).not.toHaveBeenCalled();
    await click('Handout');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(loadHandoutTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('The handout, loaded.');
    await click('Program');
    await click('Handout');
    expect(loadHandoutTab).toHaveBeenCalledTimes(1);
  });

  it('lists the handouts given under Activity, loaded with the tab', async () => {
    await render();
    expect(loadHandoutsGiven).not.toHaveBeenCalled();
    await click('Activity');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(loadHandoutsGiven).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('Handouts given, loaded.');
  });

  it('opens on the Program tab, loading the program builder once', async () => {
    await render();
    await TestBed.inject(ApplicationRef).whenStable();
    fixture.detectChanges();
    expect(loadProgramTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('The program builder, loaded.');
    await click('Running');
    await click('Program');
    expect(loadProgramTab).toHaveBeenCalledTimes(1);
  });

  it('loads the running feature only when its tab first opens', async () => {
    await render();
    expect(loadRunningTab).not.toHaveBeenCalled();
    await click('Running');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(loadRunningTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('The running plan, loaded.');
    await click('Program');
    await click('Running');
    expect(loadRunningTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('The running plan, loaded.');
  });

  it('loads the cross-training feature only when its tab first opens', async () => {
    await render();
    expect(loadCrossTrainingTab).not.toHaveBeenCalled();
    await click('Cross-training');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(loadCrossTrainingTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).toContain('The cross-training plan, loaded.');
    await click('Program');
    await click('Cross-training');
    expect(loadCrossTrainingTab).toHaveBeenCalledTimes(1);
    expect(page.textContent).not.toContain('coming release: low-impact');
  });

  it('says so when the cross-training feature cannot load, and tries again on the next visit', async () => {
    await render();
    loadCrossTrainingTab.and.rejectWith(new Error('ChunkLoadError'));
    await click('Cross-training');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(page.querySelector('[role="tabpanel"] [role="alert"]')!.textContent).toContain(
      "The cross-training plan couldn't load.",
    );
    loadCrossTrainingTab.and.resolveTo(CrossTrainingTabStub);
    await click('Program');
    await click('Cross-training');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(page.textContent).toContain('The cross-training plan, loaded.');
  });

  it('says so when the running feature cannot load, and tries again on the next visit', async () => {
    await render();
    loadRunningTab.and.rejectWith(new Error('ChunkLoadError'));
    await click('Running');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(page.querySelector('[role="tabpanel"] [role="alert"]')!.textContent).toContain(
      "The running plan couldn't load.",
    );
    loadRunningTab.and.resolveTo(RunningTabStub);
    await click('Program');
    await click('Running');
    await TestBed.inject(ApplicationRef).whenStable();
    expect(page.textContent).toContain('The running plan, loaded.');
  });

  it("shows a manager the patient's audit trail under Activity", async () => {
    await render(showing(ana), manager);
    await click('Activity');
    expect(store.dispatch).toHaveBeenCalledWith(patientPageActions.activityOpened({ id: ana.id }));
    await setPatients({
      audit: { patientId: ana.id, entries: auditEntries, loading: false, error: null },
    });
    const rows = [...page.querySelectorAll('app-patient-activity tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Maria Lopez', 'Edited the record', '10.0.0.7'],
      ['Tom Reyes', 'Added the patient', '10.0.0.5'],
    ]);
  });

  it('shows a therapist when the record was created and changed, and says the trail is kept', async () => {
    await render();
    await click('Activity');
    expect(store.dispatch).not.toHaveBeenCalledWith(
      patientPageActions.activityOpened({ id: ana.id }),
    );
    const activity = page.querySelector('app-patient-activity')!.textContent!;
    expect(activity).toContain('Record created');
    expect(activity).toContain('Last updated');
    expect(activity).toContain('Clinic managers can see it here.');
  });

  it('says "No such patient" with a way back to the list', async () => {
    await render(
      showing(null, {
        selected: {
          id: ana.id,
          patient: null,
          loading: false,
          error: { error: 'not_found', message: 'No such patient.' },
        },
      }),
    );
    expect(page.querySelector('h1')!.textContent).toBe('No such patient');
    expect(page.querySelector('a[href="/patients"]')!.textContent).toBe('Back to patients');
  });

  it('shows progress while the patient loads', async () => {
    await render(showing(null));
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.textContent).toContain('Loading the patient…');
  });

  it('closes its dialog when the page goes away', async () => {
    await render();
    await click('Discharge');
    fixture.destroy();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(TestBed.inject(MatDialog).openDialogs.length).toBe(0);
  });
});
